"""Working on a map together: co-editing rooms and the workshop room page (Qt-free)."""
