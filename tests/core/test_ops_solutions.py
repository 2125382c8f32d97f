"""Solution approaches (life cycle with history, adoptions, links) and network partners."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    GoalArea,
    Partner,
    PartnerKind,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionLink,
    SolutionPartner,
    SolutionStatusChange,
)
from kimboard.core.ops import Change
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import create_card
from kimboard.core.ops.partners import (
    archive_partner,
    create_partner,
    restore_partner,
    update_partner,
)
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solutions import (
    create_solution as create_solution_op,
)
from kimboard.core.ops.solutions import (
    link_solution,
    record_adoption,
    remove_adoption,
    set_solution_partners,
    set_solution_status,
    unlink_solution,
    update_solution,
)

T0 = dt.datetime(2026, 2, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


def _site(s: Session, code: str = "ABH-MST") -> Site:
    return s.get_one(Site, create_site(s, f"Ausländerbehörde {code}", code).value.id)


def _solution(s: Session, site: Site, title: str = "Online-Terminvergabe") -> SolutionApproach:
    goal = s.scalar(select(GoalArea.id).where(GoalArea.key == "herausforderungen"))
    ref = create_solution_op(s, site.id, title, problem="Lange Wartezeiten",
                             context="Kreisfreie Stadt", approach="Termine online buchen",
                             goal_area_id=goal, contact_role="KIM-Koordination",
                             evidence="Weniger zweite Vorsprachen")
    return s.get_one(SolutionApproach, ref.value.id)


# --------------------------------------------------------------------------- life cycle


def test_new_solution_starts_as_idea_with_its_first_history_step(s: Session) -> None:
    site = _site(s)
    with clock.frozen_at(T0):
        solution = _solution(s, site)
    assert (solution.status, solution.origin_site_uuid, solution.contact_role) == (
        "idea", site.uuid, "KIM-Koordination")
    (change,) = solution.status_changes
    assert (change.from_status, change.to_status, change.at) == (None, "idea", T0)


def test_status_life_cycle_keeps_every_step_forward_and_back(s: Session) -> None:
    with clock.frozen_at(T0):
        solution = _solution(s, _site(s))
    steps = [("trial", "Testbetrieb"), ("practice", "Regelbetrieb"),
             ("transferred", "Beispielkreis übernimmt"), ("trial", "Neue Version wird erprobt")]
    for days, (status, note) in enumerate(steps, start=1):
        with clock.frozen_at(T0 + dt.timedelta(days=days)):
            result = set_solution_status(s, solution.id, status, note)
        assert result.changes == Change.SOLUTIONS
    assert solution.status == "trial"
    history = list(s.scalars(select(SolutionStatusChange).where(
        SolutionStatusChange.approach_id == solution.id).order_by(SolutionStatusChange.at)))
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "idea"), ("idea", "trial"), ("trial", "practice"),
        ("practice", "transferred"), ("transferred", "trial")]
    assert [h.note for h in history[1:]] == [n for _, n in steps]
    assert [h.at for h in history[1:]] == [T0 + dt.timedelta(days=d) for d in range(1, 5)]
    assert all(h.origin_site_uuid == solution.origin_site_uuid for h in history)


def test_setting_the_same_status_again_is_refused(s: Session) -> None:
    solution = _solution(s, _site(s))
    with pytest.raises(ValidationError, match="schon im Status „Idee“"):
        set_solution_status(s, solution.id, "idea")
    assert len(solution.status_changes) == 1


def test_unknown_status_is_refused(s: Session) -> None:
    solution = _solution(s, _site(s))
    with pytest.raises(ValidationError, match="kein Status"):
        set_solution_status(s, solution.id, "fertig")


def test_update_solution_changes_texts_not_status(s: Session) -> None:
    solution = _solution(s, _site(s))
    update_solution(s, solution.id, title="Online-Terminvergabe mit Unterlagen-Hinweisen",
                    evidence="Auswertung der Teamleitung", goal_area_id=None)
    assert (solution.title, solution.evidence, solution.goal_area_id, solution.status) == (
        "Online-Terminvergabe mit Unterlagen-Hinweisen", "Auswertung der Teamleitung", None,
        "idea")
    with pytest.raises(ValidationError, match="Titel"):
        update_solution(s, solution.id, title=" ")


# --------------------------------------------------------------------------- adoptions


def test_adoption_is_recorded_once_per_office(s: Session) -> None:
    origin, adopter = _site(s), _site(s, "ABH-BSK")
    solution = _solution(s, origin)
    record_adoption(s, solution.id, adopter.uuid, adopter.name, dt.date(2026, 3, 1),
                    "Für Außenstellen angepasst")
    (adoption,) = solution.adoptions
    assert (adoption.adopting_site_uuid, adoption.adopting_site_name, adoption.adopted_on) == (
        adopter.uuid, "Ausländerbehörde ABH-BSK", dt.date(2026, 3, 1))
    with pytest.raises(ValidationError, match="schon am 01.03.2026 übernommen"):
        record_adoption(s, solution.id, adopter.uuid, "Noch einmal", dt.date(2026, 3, 5))
    assert s.scalar(select(func.count()).select_from(SolutionAdoption)) == 1


def test_adopting_office_may_live_in_another_database(s: Session) -> None:
    solution = _solution(s, _site(s))
    foreign = str(uuid.uuid4())
    record_adoption(s, solution.id, foreign.upper(), "Ausländerbehörde Fernstadt",
                    dt.date(2026, 3, 1))
    assert solution.adoptions[0].adopting_site_uuid == foreign  # normalised
    with pytest.raises(ValidationError, match="schon"):
        record_adoption(s, solution.id, foreign, "Ausländerbehörde Fernstadt",
                        dt.date(2026, 3, 2))


def test_origin_office_cannot_adopt_its_own_solution(s: Session) -> None:
    origin = _site(s)
    solution = _solution(s, origin)
    with pytest.raises(ValidationError, match="nicht selbst übernehmen"):
        record_adoption(s, solution.id, origin.uuid, origin.name, dt.date(2026, 3, 1))


def test_adoption_input_is_validated(s: Session) -> None:
    solution = _solution(s, _site(s))
    with pytest.raises(ValidationError, match="keine gültige UUID"):
        record_adoption(s, solution.id, "ABH-BSK", "Beispielkreis", dt.date(2026, 3, 1))
    with pytest.raises(ValidationError, match="Kalenderdatum"):
        record_adoption(s, solution.id, str(uuid.uuid4()), "Beispielkreis",
                        T0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Name"):
        record_adoption(s, solution.id, str(uuid.uuid4()), "", dt.date(2026, 3, 1))


def test_adoption_can_be_removed(s: Session) -> None:
    solution = _solution(s, _site(s))
    ref = record_adoption(s, solution.id, str(uuid.uuid4()), "Fernstadt", dt.date(2026, 3, 1))
    remove_adoption(s, ref.value.id)
    assert solution.adoptions == []


# --------------------------------------------------------------------------- links, partners


def test_linking_the_same_target_twice_changes_nothing(s: Session) -> None:
    site = _site(s)
    solution = _solution(s, site)
    board = create_board(s, site.id, "Servicepunkt").value
    card = create_card(s, board.id, "Terminvergabe online").value
    assert link_solution(s, solution.id, "card", card.uuid).changes == Change.SOLUTIONS
    assert link_solution(s, solution.id, "card", card.uuid).changes == Change.NONE
    link_solution(s, solution.id, "board", board.uuid)
    links = list(s.scalars(select(SolutionLink).where(SolutionLink.approach_id == solution.id)))
    assert sorted((link.target_kind, link.target_uuid) for link in links) == sorted(
        [("card", card.uuid), ("board", board.uuid)])
    unlink_solution(s, solution.id, "card", card.uuid)
    assert [link.target_kind for link in solution.links] == ["board"]


def test_link_target_must_be_known(s: Session) -> None:
    solution = _solution(s, _site(s))
    with pytest.raises(ValidationError, match="Karte"):
        link_solution(s, solution.id, "wiki", str(uuid.uuid4()))
    with pytest.raises(ValidationError, match="gibt es in dieser Datenbank nicht"):
        link_solution(s, solution.id, "card", str(uuid.uuid4()))
    with pytest.raises(ValidationError, match="UUID"):
        link_solution(s, solution.id, "card", "Karte 12")


def test_solution_partners_are_set_exactly(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    solution = _solution(s, site)
    jc = create_partner(s, site.id, "Jobcenter Musterstadt", "jobcenter").value.id
    ki = create_partner(s, site.id, "KI Musterstadt", "kommunales_integrationszentrum").value.id
    foreign = create_partner(s, other.id, "Jobcenter Fernstadt", "jobcenter").value.id

    def partners() -> set[int]:
        return set(s.scalars(select(SolutionPartner.partner_id).where(
            SolutionPartner.approach_id == solution.id)))

    set_solution_partners(s, solution.id, [jc, ki])
    assert partners() == {jc, ki}
    set_solution_partners(s, solution.id, [ki])
    assert partners() == {ki}
    assert set_solution_partners(s, solution.id, [ki]).changes == Change.NONE
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        set_solution_partners(s, solution.id, [foreign])


# --------------------------------------------------------------------------- partners


def test_partner_with_functional_mailbox(s: Session) -> None:
    site = _site(s)
    result = create_partner(s, site.id, "Jobcenter Musterstadt", "jobcenter",
                            "Teamleitung Markt und Integration",
                            " poststelle@jobcenter-musterstadt.example ", "Monatliche Runde")
    partner = s.get_one(Partner, result.value.id)
    assert result.warning is None
    assert (partner.kind, partner.mailbox, partner.origin_site_uuid) == (
        "jobcenter", "poststelle@jobcenter-musterstadt.example", site.uuid)


@pytest.mark.parametrize("kind", [k.value for k in PartnerKind])
def test_every_partner_kind_is_accepted(s: Session, kind: str) -> None:
    create_partner(s, _site(s).id, f"Partner {kind}", kind)


def test_unknown_partner_kind_is_refused(s: Session) -> None:
    with pytest.raises(ValidationError, match="keine bekannte Art"):
        create_partner(s, _site(s).id, "Verein", "freundeskreis")


@pytest.mark.parametrize("mailbox", [
    "poststelle", "poststelle@", "@jobcenter.example", "post stelle@jobcenter.example",
    "poststelle@jobcenter", "a@b@c.example", "<poststelle@jc.example>",
])
def test_mailbox_must_look_like_an_address(s: Session, mailbox: str) -> None:
    with pytest.raises(ValidationError, match="keine gültige E-Mail-Adresse"):
        create_partner(s, _site(s).id, "Jobcenter", "jobcenter", mailbox=mailbox)


def test_personal_looking_mailbox_is_accepted_with_a_warning(s: Session) -> None:
    result = create_partner(s, _site(s).id, "Jobcenter", "jobcenter",
                            mailbox="max.mustermann@jobcenter.example")
    assert result.warning is not None and "Funktionspostfach" in result.warning


def test_partner_names_are_unique_per_office(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    create_partner(s, site.id, "Jobcenter Musterstadt", "jobcenter")
    with pytest.raises(ValidationError, match="schon"):
        create_partner(s, site.id, "jobcenter musterstadt", "jobcenter")
    create_partner(s, other.id, "Jobcenter Musterstadt", "jobcenter")


def test_update_and_archive_partner(s: Session) -> None:
    site = _site(s)
    pid = create_partner(s, site.id, "Beratung", "beratungsstelle").value.id
    update_partner(s, pid, name="Migrationsberatung Musterstadt",
                   mailbox="mbe@beratung-musterstadt.example", kind="beratungsstelle")
    partner = s.get_one(Partner, pid)
    assert (partner.name, partner.mailbox) == ("Migrationsberatung Musterstadt",
                                               "mbe@beratung-musterstadt.example")
    with pytest.raises(ValidationError, match="keine gültige"):
        update_partner(s, pid, mailbox="kaputt")
    update_partner(s, pid, mailbox="")
    assert partner.mailbox == ""
    with clock.frozen_at(T0):
        archive_partner(s, pid)
    assert partner.archived_at == T0
    # An archived partner's name is free again; restoring it then clashes.
    create_partner(s, site.id, "Migrationsberatung Musterstadt", "beratungsstelle")
    with pytest.raises(ValidationError, match="schon"):
        restore_partner(s, pid)
