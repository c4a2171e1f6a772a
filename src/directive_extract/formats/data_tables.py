"""How every reader prints a data table: one row a line, its cells joined by CELL_SEPARATOR.

A table is data (a task table, a list of bodies) rather than page layout when a row holds text in
DATA_COLUMNS cells or more; the task-table reader downstream relies on all formats agreeing.
"""

CELL_SEPARATOR = " | "
DATA_COLUMNS = 3
