"""PDF documents built with reportlab: shared fonts, styles and page template, one module per
document. Nothing here imports Qt; labels arrive already translated."""
