"""Attendance: offline-first registration, QR badges, check-in and attendance reports for workshops."""
