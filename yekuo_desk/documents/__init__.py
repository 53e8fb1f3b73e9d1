"""What is printed or exported: PDFs (reportlab) and workbooks (openpyxl)."""
