"""The PNG card (:mod:`maps.static_image`) by job: ``scene`` (frame and projection), ``labels`` (label layout)
and ``draw`` (the layers and the legend)."""
