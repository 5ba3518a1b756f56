"""Comments and review in the editor: the Comments panel, "Add comment…", markers on the canvas."""

from .feature import CommentsFeature
from .markers import CommentBadge, CommentMarkers
from .panel import CommentsPanel

__all__ = ["CommentBadge", "CommentMarkers", "CommentsFeature", "CommentsPanel"]
