# GPLv2, see LICENSE.
"""Everything esptool.py v2.3 never had, beside the single-file core.

esptool.py imports none of this: espkit.cli registers it with the core's
seams when the command line starts. Each module is named for what it holds
(docs/architecture.md).
"""
