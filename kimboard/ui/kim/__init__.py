"""The KIM frame in the window: the library of solution approaches, the network partners,
the goal areas and the state-wide overview ("Landesnetzwerk").

Each page is a plain ``QWidget`` with ``reload()`` and a ``status_message(str)`` signal; the
main window decides where it lives. Modules are imported on demand (matplotlib only when a
network chart is first drawn).

- :class:`kimboard.ui.kim.solutions.SolutionLibraryPage` ``(db, site_id)``;
  :func:`kimboard.ui.kim.solutions.create_solution_from_card` ``(parent, db, card_id)`` and
  :func:`kimboard.ui.kim.solutions.create_solution_from_action` ``(parent, db, action_id)``
- :class:`kimboard.ui.kim.partners.PartnersPage` ``(db, site_id)``
- :class:`kimboard.ui.kim.goal_areas.GoalAreasPage` ``(db, site_id)``
- :class:`kimboard.ui.kim.network.NetworkPage` ``(db, tasks=None)``
"""
