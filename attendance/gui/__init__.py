"""The Qt window: widgets, models and dialogs over the core services; no business rules live here."""
