"""Charts and PDF reports (Qt-free: matplotlib with the Agg backend and reportlab)."""
