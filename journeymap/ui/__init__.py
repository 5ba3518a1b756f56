"""The Qt editor: main window, canvas, panels, presentation."""
