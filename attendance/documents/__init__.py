"""What goes out: sign-in sheets, attendance matrix, certificates, badge sheets, CSV/XLSX lists, PDF basics."""
