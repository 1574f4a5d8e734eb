"""What comes in: pre-registration lists, meeting attendance reports, and matching them to known people."""
