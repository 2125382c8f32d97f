"""The "Datenschutz" page: what kimboard stores, where, for how long, what leaves the office.

Plain German for a team and its data protection officer; opened from Help → Datenschutz.
The text is ours (rich text); the one user-dependent part, the database path, is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.erasure import ERASED_LABEL
from kimboard.paths import backup_dir


class PrivacyDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenschutz"))
        self.setAccessibleName(self.tr("Datenschutz"))
        self.setSizeGripEnabled(True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Datenschutz-Informationen"))
        self.browser.setAccessibleDescription(self.tr(
            "Was kimboard speichert, wo, wie lange und was eine Dienststelle weitergibt"))
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.browser.document().setDocumentMargin(16)
        self.browser.setHtml(self.page_html(db_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
        self.browser.setFocus()

    def page_html(self, db_path: Path | None) -> str:
        if db_path is not None:
            where = self.tr(
                "<p>Die Datenbank dieses Programms: <code>{path}</code><br>"
                "Sicherungskopien: <code>{backups}</code></p>"
            ).format(path=html.escape(str(db_path)),
                     backups=html.escape(str(backup_dir(Path(db_path)))))
        else:
            where = ""
        parts = [
            self.tr(
                "<h1>Datenschutz in kimboard</h1>"
                "<p><b>Kurz gesagt:</b> kimboard speichert alles auf diesem Rechner in einer "
                "einzigen Datei. Es gibt kein Konto, keinen Server und keine Cloud; das "
                "Programm überträgt nichts ins Internet. Was Ihre Dienststelle an andere "
                "Stellen weitergibt, entscheiden Sie selbst – als Paketdatei.</p>"),
            self.tr(
                "<h2>Karten handeln von der Arbeit – nie von Kundinnen und Kunden</h2>"
                "<p>Schreiben Sie auf Karten, was Ihre Dienststelle verbessern oder erledigen "
                "will (zum Beispiel „Terminvergabe vereinfachen“), nicht, wen Sie betreuen. "
                "<b>Keine</b> Namen von Antragstellenden, keine Geburtsdaten, Aktenzeichen, "
                "AZR-Nummern, Telefonnummern, E-Mail-Adressen oder Kontodaten. kimboard ist "
                "weder Fachverfahren noch Akte.</p>"),
            self.tr(
                "<h2>Was kimboard speichert</h2><ul>"
                "<li><b>Dienststellen, Teams und Teammitglieder.</b> Von einer Person nur einen "
                "Anzeigenamen und eine Rolle (zum Beispiel „Sachbearbeitung“) – keine "
                "E-Mail-Adresse, kein Passwort, kein Konto.</li>"
                "<li><b>Boards und Karten</b> mit Checklisten, Kommentaren und dem Verlauf jeder "
                "Karte (wann sie wohin verschoben wurde und von wem). Daraus berechnet kimboard "
                "Kennzahlen für das Team, keine Ranglisten einzelner Personen.</li>"
                "<li><b>Sprints und Retrospektiven</b> mit Beiträgen und Maßnahmen. In einer "
                "anonymen Retrospektive wird nicht gespeichert, wer einen Beitrag geschrieben "
                "hat; Stimmen und Stimmungsbilder sind nie mit einer Person verbunden.</li>"
                "<li><b>Lösungsansätze und Netzwerkpartner</b> – Organisationen, keine "
                "Privatpersonen.</li>"
                "<li><b>Einstellungen</b> des Programms (Sprache, Fenstergröße und Ähnliches) "
                "im Benutzerprofil.</li></ul>"),
            self.tr(
                "<h2>Wo die Daten liegen</h2>"
                "<p>In einer Datenbankdatei im Benutzerprofil – oder dort, wo beim Start eine "
                "andere Datei gewählt wurde. Neben ihr liegt der Ordner „backups“ mit den "
                "Sicherungskopien. Wer die Datei kopieren kann, kann sie lesen: Bitte legen "
                "Sie sie nur in Ordner, auf die allein Ihr Team Zugriff hat.</p>"),
            where,
            self.tr(
                "<h2>Wie lange</h2>"
                "<p>Bis Sie etwas löschen: Karten, Boards, Retrospektiven und archivierte "
                "Einträge bleiben gespeichert, bis sie gelöscht werden. Einmal am Tag legt "
                "kimboard automatisch eine Sicherungskopie an und löscht tägliche Sicherungen, "
                "die älter sind als in den Einstellungen festgelegt (anfangs 10 Tage). Die "
                "Sicherung vor jedem Update der Datenbank und selbst erstellte Sicherungen "
                "bleiben, bis sie im Ordner „backups“ gelöscht werden. Legen Sie in Ihrer "
                "Dienststelle fest, wie lange Boards, Retrospektiven und Sicherungen aufbewahrt "
                "werden.</p>"),
            self.tr(
                "<h2>Was ein Paket weitergibt</h2>"
                "<p>Ein Paket ist eine Datei, die Sie selbst erstellen und verschicken – etwa an "
                "eine andere Ausländerbehörde, die Bezirksregierung oder das Ministerium. Es "
                "enthält nur, was Sie beim Export auswählen (zum Beispiel ein Board mit seinen "
                "Karten, ein Sprint-Review, das Ergebnis einer Retrospektive oder einen "
                "Lösungsansatz) und den Namen Ihrer Dienststelle. Auf Wunsch erscheinen "
                "Teammitglieder darin nur unter einem Pseudonym (etwa „Teammitglied 7F3A2C91“); "
                "der Schlüssel dafür verlässt Ihre Datenbank nie. <b>Was in Texten steht, "
                "geht so mit, wie es geschrieben wurde</b> – auch ein Name in einem Kommentar. "
                "Sicherungen, Einstellungen und nicht ausgewählte Boards gehören nie zu einem "
                "Paket.</p>"
                "<p>Übernommene Pakete anderer Dienststellen sind hier nur lesbar und als "
                "„übernommen“ gekennzeichnet.</p>"),
            self.tr(
                "<h2>Eine Person löschen (Art. 17 DSGVO)</h2>"
                "<p>Wenn jemand das Team verlässt oder die Löschung verlangt: <i>Datei → "
                "Dienststelle verwalten → Teammitglieder → Person löschen (DSGVO Art. 17)</i>. "
                "Der Name wird überall durch „{label}“ ersetzt – in der Liste der "
                "Teammitglieder, auf Karten, in Kommentaren, Checklisten und im Verlauf, in "
                "Retrospektiven und Maßnahmen. Die Arbeit selbst, ihr Verlauf und alle "
                "Kennzahlen bleiben erhalten. Danach bereinigt kimboard die Datenbankdatei, "
                "damit keine alten Reste darin bleiben. Das lässt sich nicht rückgängig "
                "machen.</p>"
                "<p>Ersetzt wird der vollständige Anzeigename. Steht irgendwo nur ein Vorname "
                "oder eine andere Schreibweise, ändern Sie diese Stellen bitte selbst.</p>"
                "<p><b>Sicherungen und Pakete:</b> Sicherungskopien von vorher und bereits "
                "verschickte Pakete enthalten den Namen weiterhin. kimboard bietet nach dem "
                "Löschen an, die alten Sicherungen zu löschen. Bei verschickten Paketen wenden "
                "Sie sich an die Empfänger.</p>"
                "<p>Für Administratorinnen und Administratoren geht das Löschen auch ohne "
                "Oberfläche: <code>kimboard member erase PERSON --site DIENSTSTELLE "
                "--yes</code>.</p>").format(label=html.escape(ERASED_LABEL)),
            self.tr(
                "<h2>Fragen</h2>"
                "<p>Fragen zum Datenschutz beantwortet die oder der Datenschutzbeauftragte "
                "Ihrer Dienststelle. Werkzeuge, die Arbeit sichtbar machen, können "
                "mitbestimmungspflichtig sein: Beziehen Sie den Personalrat frühzeitig "
                "ein.</p>"),
        ]
        return "".join(parts)
