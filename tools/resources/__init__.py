"""Learning resources: the catalogue's models, quality scores and recommendations.

Pure functions over :class:`~tools.resources.models.Resource`; the catalogue itself, its
vectors and users' ratings come from storage (``storage/resource_index.py``,
``storage/repositories/resources.py``).
"""
