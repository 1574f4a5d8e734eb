"""The figures: the sex-disaggregated summary of one event and its ready-to-paste sentences."""
