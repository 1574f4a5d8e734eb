"""The migrations of the hub's PostgreSQL schema (``NNNN_name.sql``, applied in order)."""
