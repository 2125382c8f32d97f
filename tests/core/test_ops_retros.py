"""Retrospectives: anonymity, templates, phases, grouping, dot voting, ratings, actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    CardEvent,
    RetroGroup,
    RetroItem,
    RetroPhase,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
)
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.people import create_member
from kimboard.core.ops.retros import (
    action_to_card,
    add_item,
    add_item_to_group,
    add_rating,
    cast_vote,
    copy_template,
    create_action,
    create_group,
    create_retro,
    create_template,
    delete_group,
    delete_item,
    edit_item,
    new_voter_token,
    remove_vote,
    rename_group,
    set_discussion_notes,
    set_phase,
    update_action,
    update_retro,
)
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.sprints import create_sprint

HELD = dt.date(2026, 3, 13)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


def _site(s: Session, code: str = "ABH-T") -> int:
    return create_site(s, f"Ausländerbehörde {code}", code).value.id


def _template(s: Session, key: str = "start_stop_continue") -> RetroTemplate:
    template = s.scalar(select(RetroTemplate).where(RetroTemplate.key == key))
    assert template is not None
    return template


def _retro(s: Session, site_id: int, **kw: object) -> Retrospective:
    ref = create_retro(s, site_id, "Retro Sprint 1", HELD, **kw)  # type: ignore[arg-type]
    return s.get_one(Retrospective, ref.value.id)


def _prompt(retro: Retrospective, index: int = 0) -> int:
    assert retro.template is not None
    return retro.template.prompts[index].id


# --------------------------------------------------------------------------- anonymity


def test_anonymous_retro_never_stores_the_author(db: Database) -> None:
    with db.transaction() as s:
        site = _site(s)
        member = create_member(s, site, "Aylin", "Teamleitung").value.id
        retro = _retro(s, site)  # anonymous is the default
        assert retro.anonymous
        item_id = add_item(s, retro.id, _prompt(retro), "Zu viele E-Mail-Ketten",
                           author_id=member).value.id
    with db.session() as s:
        raw = s.execute(text("SELECT author_id FROM retro_items WHERE id = :i"),
                        {"i": item_id}).scalar_one()
    assert raw is None


def test_anonymous_retro_ignores_even_an_unknown_author_id(s: Session) -> None:
    site = _site(s)
    retro = _retro(s, site)
    item = s.get_one(RetroItem, add_item(s, retro.id, _prompt(retro), "Text",
                                         author_id=999_999).value.id)
    assert item.author_id is None


def test_named_retro_stores_the_author_of_the_same_office(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    member = create_member(s, site, "Jonas").value.id
    stranger = create_member(s, other, "Fremd").value.id
    retro = _retro(s, site, anonymous=False)
    item = s.get_one(RetroItem, add_item(s, retro.id, _prompt(retro), "Gut",
                                         author_id=member).value.id)
    assert item.author_id == member
    with pytest.raises(ValidationError, match="selben Dienststelle"):
        add_item(s, retro.id, _prompt(retro), "Gut", author_id=stranger)


def test_switching_to_anonymous_erases_authors_and_there_is_no_way_back(s: Session) -> None:
    site = _site(s)
    member = create_member(s, site, "Marta").value.id
    retro = _retro(s, site, anonymous=False)
    item = s.get_one(RetroItem, add_item(s, retro.id, _prompt(retro), "Gut",
                                         author_id=member).value.id)
    update_retro(s, retro.id, anonymous=True)
    assert item.author_id is None
    with pytest.raises(ValidationError, match="anonym gesammelt"):
        update_retro(s, retro.id, anonymous=False)
    assert retro.anonymous


# --------------------------------------------------------------------------- creation, templates


def test_retro_uses_start_stop_continue_without_a_template(s: Session) -> None:
    retro = _retro(s, _site(s))
    assert retro.template_id == _template(s).id
    assert retro.phase == RetroPhase.CHECK_IN.value
    assert (retro.vote_budget, retro.vote_cap_per_item) == (3, 2)


def test_retro_about_a_sprint_belongs_to_the_sprint_board(s: Session) -> None:
    site = _site(s)
    board = create_board(s, site, "KIM", "scrum").value.id
    sprint = create_sprint(s, board, "Sprint 1", dt.date(2026, 3, 2), HELD).value.id
    retro = _retro(s, site, sprint_id=sprint)
    assert (retro.board_id, retro.sprint_id) == (board, sprint)
    other_board = create_board(s, site, "Anderes", "scrum").value.id
    with pytest.raises(ValidationError, match="anderen Board"):
        _retro(s, site, board_id=other_board, sprint_id=sprint)


def test_retro_board_must_belong_to_the_office(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    foreign_board = create_board(s, other, "Fremd").value.id
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        _retro(s, site, board_id=foreign_board)


def test_vote_settings_are_validated(s: Session) -> None:
    site = _site(s)
    with pytest.raises(ValidationError, match="Stimmen"):
        _retro(s, site, vote_budget=-1)
    with pytest.raises(ValidationError, match="Stimmen"):
        _retro(s, site, vote_cap_per_item=0)


def test_copy_template_makes_an_editable_copy_for_the_office(s: Session) -> None:
    site = _site(s)
    source = _template(s, "sailboat")
    ref = copy_template(s, source.id, site, "Unser Segelboot")
    copy = s.get_one(RetroTemplate, ref.value.id)
    assert (copy.site_id, copy.builtin, copy.key, copy.name) == (site, False, None,
                                                                 "Unser Segelboot")
    assert [p.title for p in copy.prompts] == [p.title for p in source.prompts]
    assert {p.id for p in copy.prompts}.isdisjoint({p.id for p in source.prompts})


def test_create_template_validates_prompts(s: Session) -> None:
    site = _site(s)
    ref = create_template(s, site, "Kurz", "Zwei Fragen",
                          [("Was war gut?", "", "#15803D"), ("Was nicht?", "Ehrlich", "#b91c1c")])
    template = s.get_one(RetroTemplate, ref.value.id)
    assert [(p.title, p.color, p.position) for p in template.prompts] == [
        ("Was war gut?", "#15803d", 0), ("Was nicht?", "#b91c1c", 1)]
    with pytest.raises(ValidationError, match="mindestens eine Frage"):
        create_template(s, site, "Leer", "", [])
    with pytest.raises(ValidationError, match="Farbe"):
        create_template(s, site, "Bunt", "", [("Frage", "", "rot")])


def test_template_of_another_office_cannot_be_used(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    foreign = create_template(s, other, "Fremd", "", [("Frage", "", "#2563eb")]).value.id
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        _retro(s, site, template_id=foreign)


# --------------------------------------------------------------------------- phases and items


def test_facilitator_can_go_to_any_phase_and_back(s: Session) -> None:
    retro = _retro(s, _site(s))
    set_phase(s, retro.id, "voting")
    set_phase(s, retro.id, "grouping")
    assert retro.phase == "grouping"
    with pytest.raises(ValidationError, match="keine Phase"):
        set_phase(s, retro.id, "kaffeepause")


def test_item_prompt_must_belong_to_the_retro_template(s: Session) -> None:
    retro = _retro(s, _site(s))
    foreign_prompt = _template(s, "sailboat").prompts[0].id
    with pytest.raises(ValidationError, match="nicht zur Vorlage"):
        add_item(s, retro.id, foreign_prompt, "Text")
    with pytest.raises(ValidationError, match="Frage der Vorlage"):
        add_item(s, retro.id, None, "Text")
    with pytest.raises(ValidationError, match="Beitrag darf nicht leer"):
        add_item(s, retro.id, _prompt(retro), "   ")


def test_items_can_be_edited_moved_and_deleted(s: Session) -> None:
    retro = _retro(s, _site(s))
    first = add_item(s, retro.id, _prompt(retro, 0), "Eins").value.id
    second = add_item(s, retro.id, _prompt(retro, 0), "Zwei").value.id
    assert [i.position for i in retro.items] == [0, 1]
    edit_item(s, first, text="Eins, genauer", prompt_id=_prompt(retro, 2))
    item = s.get_one(RetroItem, first)
    assert (item.text, item.prompt_id) == ("Eins, genauer", _prompt(retro, 2))
    cast_vote(s, retro.id, item_id=second, voter_token="t1")
    delete_item(s, second)
    s.expire_all()
    assert s.get(RetroItem, second) is None
    assert s.scalar(select(RetroVote.id)) is None  # its votes went with it


def test_finished_retro_refuses_new_items_until_stepped_back(s: Session) -> None:
    retro = _retro(s, _site(s))
    set_phase(s, retro.id, RetroPhase.FINISHED.value)
    with pytest.raises(ValidationError, match="abgeschlossen"):
        add_item(s, retro.id, _prompt(retro), "Nachtrag")
    set_phase(s, retro.id, RetroPhase.DISCUSSION.value)
    add_item(s, retro.id, _prompt(retro), "Nachtrag")


def test_grouping_items(s: Session) -> None:
    retro = _retro(s, _site(s))
    other = _retro(s, retro.site_id)
    item = add_item(s, retro.id, _prompt(retro), "Abstimmung per E-Mail").value.id
    group = create_group(s, retro.id, "Kommunikation").value.id
    add_item_to_group(s, item, group)
    assert s.get_one(RetroItem, item).group_id == group
    rename_group(s, group, "Kommunikation im Team")
    set_discussion_notes(s, group, "Tägliches Kurz-Update ausprobieren.")
    g = s.get_one(RetroGroup, group)
    assert (g.title, g.discussion_notes) == ("Kommunikation im Team",
                                             "Tägliches Kurz-Update ausprobieren.")
    foreign_group = create_group(s, other.id, "Fremd").value.id
    with pytest.raises(ValidationError, match="anderen Retrospektive"):
        add_item_to_group(s, item, foreign_group)
    add_item_to_group(s, item, None)
    assert s.get_one(RetroItem, item).group_id is None
    add_item_to_group(s, item, group)
    delete_group(s, group)
    assert s.get_one(RetroItem, item).group_id is None


# --------------------------------------------------------------------------- votes


def test_vote_budget_per_voter_is_enforced(s: Session) -> None:
    retro = _retro(s, _site(s), vote_budget=3, vote_cap_per_item=2)
    items = [add_item(s, retro.id, _prompt(retro), f"Punkt {i}").value.id for i in range(4)]
    token = new_voter_token()
    for item in items[:3]:
        cast_vote(s, retro.id, item_id=item, voter_token=token)
    with pytest.raises(ValidationError, match="Alle 3 Stimmen sind schon vergeben"):
        cast_vote(s, retro.id, item_id=items[3], voter_token=token)
    # Another participant has a budget of their own.
    cast_vote(s, retro.id, item_id=items[3], voter_token=new_voter_token())
    # Taking one back frees it again.
    remove_vote(s, retro.id, item_id=items[0], voter_token=token)
    cast_vote(s, retro.id, item_id=items[3], voter_token=token)


def test_vote_cap_per_item_is_enforced(s: Session) -> None:
    retro = _retro(s, _site(s), vote_budget=5, vote_cap_per_item=2)
    item = add_item(s, retro.id, _prompt(retro), "Wichtig").value.id
    group = create_group(s, retro.id, "Gruppe").value.id
    token = new_voter_token()
    cast_vote(s, retro.id, item_id=item, voter_token=token)
    cast_vote(s, retro.id, item_id=item, voter_token=token)
    with pytest.raises(ValidationError, match="höchstens 2 Stimmen"):
        cast_vote(s, retro.id, item_id=item, voter_token=token)
    cast_vote(s, retro.id, group_id=group, voter_token=token)
    cast_vote(s, retro.id, group_id=group, voter_token=token)
    with pytest.raises(ValidationError, match="höchstens 2 Stimmen"):
        cast_vote(s, retro.id, group_id=group, voter_token=token)
    votes = list(s.scalars(select(RetroVote).where(RetroVote.retro_id == retro.id)))
    assert len(votes) == 4
    assert all(v.voter_token == token for v in votes)


def test_a_vote_has_exactly_one_target_of_the_same_retro(s: Session) -> None:
    retro = _retro(s, _site(s))
    other = _retro(s, retro.site_id)
    item = add_item(s, retro.id, _prompt(retro), "A").value.id
    group = create_group(s, retro.id, "G").value.id
    foreign_item = add_item(s, other.id, _prompt(other), "B").value.id
    with pytest.raises(ValidationError, match="genau einem"):
        cast_vote(s, retro.id, voter_token="t")
    with pytest.raises(ValidationError, match="genau einem"):
        cast_vote(s, retro.id, item_id=item, group_id=group, voter_token="t")
    with pytest.raises(ValidationError, match="anderen Retrospektive"):
        cast_vote(s, retro.id, item_id=foreign_item, voter_token="t")
    with pytest.raises(ValidationError, match="Teilnahme-Kennzeichen"):
        cast_vote(s, retro.id, item_id=item, voter_token=" ")


def test_removing_a_vote_that_does_not_exist_is_refused(s: Session) -> None:
    retro = _retro(s, _site(s))
    item = add_item(s, retro.id, _prompt(retro), "A").value.id
    cast_vote(s, retro.id, item_id=item, voter_token="jemand")
    with pytest.raises(ValidationError, match="keine Stimme"):
        remove_vote(s, retro.id, item_id=item, voter_token="jemand-anderes")


def test_voter_tokens_are_random_per_call() -> None:
    assert new_voter_token() != new_voter_token()


# --------------------------------------------------------------------------- ratings


def test_ratings_are_mood_or_roti_from_one_to_five(s: Session) -> None:
    retro = _retro(s, _site(s))
    add_rating(s, retro.id, "mood", 4)
    add_rating(s, retro.id, "roti", 5)
    assert sorted((r.kind, r.value) for r in s.scalars(select(RetroRating))) == [
        ("mood", 4), ("roti", 5)]
    for kind, value in (("mood", 0), ("roti", 6), ("mood", True), ("laune", 3)):
        with pytest.raises(ValidationError):
            add_rating(s, retro.id, kind, value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- actions


def test_action_belongs_to_the_office_of_its_retro(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    owner = create_member(s, site, "Birte", "KIM-Koordination").value.id
    stranger = create_member(s, other, "Fremd").value.id
    retro = _retro(s, site)
    group = create_group(s, retro.id, "Kommunikation").value.id
    ref = create_action(s, retro.id, "Tägliches Kurz-Update einführen", owner_id=owner,
                        due_date=HELD + dt.timedelta(days=14), group_id=group)
    action = s.get_one(ActionItem, ref.value.id)
    assert (action.site_id, action.retro_id, action.owner_id, action.group_id, action.status) == (
        site, retro.id, owner, group, "open")
    assert action.origin_site_uuid == retro.origin_site_uuid
    with pytest.raises(ValidationError, match="selben Dienststelle"):
        create_action(s, retro.id, "Etwas", owner_id=stranger)


def test_action_review_in_a_later_retro(s: Session) -> None:
    site = _site(s)
    retro = _retro(s, site)
    later = s.get_one(Retrospective, create_retro(
        s, site, "Retro Sprint 2", HELD + dt.timedelta(days=14)).value.id)
    earlier = s.get_one(Retrospective, create_retro(
        s, site, "Retro Sprint 0", HELD - dt.timedelta(days=14)).value.id)
    action_id = create_action(s, retro.id, "Vertretungsplan sichtbar machen").value.id
    update_action(s, action_id, status="done", outcome="effective",
                  reviewed_in_retro_id=later.id)
    action = s.get_one(ActionItem, action_id)
    assert (action.status, action.outcome, action.reviewed_in_retro_id) == (
        "done", "effective", later.id)
    with pytest.raises(ValidationError, match="späteren Retrospektive"):
        update_action(s, action_id, reviewed_in_retro_id=retro.id)
    with pytest.raises(ValidationError, match="liegt vor"):
        update_action(s, action_id, reviewed_in_retro_id=earlier.id)
    with pytest.raises(ValidationError, match="offen"):
        update_action(s, action_id, status="vielleicht")
    with pytest.raises(ValidationError, match="Wirkung"):
        update_action(s, action_id, outcome="super")
    update_action(s, action_id, status="dropped", outcome=None)
    assert (action.status, action.outcome) == ("dropped", None)


def test_action_to_card_links_both_ways(s: Session) -> None:
    site = _site(s)
    owner = create_member(s, site, "Kemal", "Servicepunkt").value.id
    board = s.get_one(Board, create_board(s, site, "Servicepunkt").value.id)
    todo = board.columns[1].id
    retro = _retro(s, site)
    action_id = create_action(s, retro.id, "Rückmeldekarte für den Servicepunkt einführen",
                              owner_id=owner, due_date=dt.date(2026, 3, 27)).value.id
    result = action_to_card(s, action_id, board.id, todo)
    card = s.get_one(Card, result.value.id)
    action = s.get_one(ActionItem, action_id)
    assert action.card_id == card.id
    assert card.title == "Rückmeldekarte für den Servicepunkt einführen"
    assert "Retro Sprint 1" in card.description and "13.03.2026" in card.description
    assert (card.board_id, card.column_id, card.due_date) == (board.id, todo,
                                                              dt.date(2026, 3, 27))
    assert [m.id for m in card.assignees] == [owner]
    assert s.scalar(select(CardEvent.kind).where(CardEvent.card_id == card.id,
                                                 CardEvent.kind == "created")) == "created"
    with pytest.raises(ValidationError, match="schon die Karte"):
        action_to_card(s, action_id, board.id)


def test_action_to_card_needs_a_board_of_the_same_office(s: Session) -> None:
    site, other = _site(s), _site(s, "ABH-X")
    foreign_board = create_board(s, other, "Fremd").value.id
    retro = _retro(s, site)
    action_id = create_action(s, retro.id, "Etwas tun").value.id
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        action_to_card(s, action_id, foreign_board)
    assert s.get_one(ActionItem, action_id).card_id is None
