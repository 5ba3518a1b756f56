"""Size limits that keep a hostile or broken file from exhausting the machine.

They are generous for real maps (a workshop wall rarely holds more than a few
hundred cards) and small enough that validation and drawing stay fast.
"""

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NAME = 500
MAX_TEXT = 20_000
MAX_LIST = 20_000
MAX_SHORT_LIST = 200
MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
MAX_VOTES = 10_000
MAX_SAMPLE_SIZE = 1_000_000_000
#: Pictures on cards are downscaled on import to this many pixels on their long side.
MAX_PICTURE_SIDE = 1600
#: The largest picture file the editor reads before downscaling it (the header checks come first).
MAX_PICTURE_SOURCE_BYTES = 40 * 1024 * 1024
#: A card's width in points (the map's default, or one step's column): from a narrow sticky note
#: to a wide quote; the app's default is 150.
MIN_CARD_WIDTH = 60
MAX_CARD_WIDTH = 1_000
