<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AllergenGrid</name>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="47"/>
        <source>Free</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="48"/>
        <source>May contain traces</source>
        <translation>Kan inneholde spor</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="49"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="105"/>
        <source>{allergen}: {state}</source>
        <translation>{allergen}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="123"/>
        <source>Contains the grains:</source>
        <translation>Inneholder kornslagene:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="125"/>
        <source>Contains the nuts:</source>
        <translation>Inneholder nøttene:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/allergen_grid.py" line="127"/>
        <source>May contain traces of:</source>
        <translation>Kan inneholde spor av:</translation>
    </message>
</context>
<context>
    <name>AllergenSources</name>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="87"/>
        <source>Allergen</source>
        <translation>Allergen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="88"/>
        <source>Comes from</source>
        <translation>Kommer fra</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="93"/>
        <source>Where the allergens come from</source>
        <translation>Hvor allergenene kommer fra</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="119"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="121"/>
        <source>Contains: {allergens}</source>
        <translation>Inneholder: {allergens}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="126"/>
        <source>May contain traces: {allergens}</source>
        <translation>Kan inneholde spor av: {allergens}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="135"/>
        <source>None of its ingredients has an allergen.</source>
        <translation>Ingen av råvarene inneholder allergener.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="137"/>
        <source>Add ingredients: the allergens follow from them.</source>
        <translation>Legg til råvarer: allergenene følger av dem.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="163"/>
        <source>{allergen} (may contain traces)</source>
        <translation>{allergen} (kan inneholde spor)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/sources.py" line="174"/>
        <source>traces possible in {names}</source>
        <translation>mulige spor i {names}</translation>
    </message>
</context>
<context>
    <name>ApplyCycleDialog</name>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="225"/>
        <source>Apply a cycle</source>
        <translation>Bruk en rotasjonsmeny</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/dialogs.py" line="233"/>
        <source>{name} (%n week(s))</source>
        <translation>
            <numerusform>{name} (%n uke)</numerusform>
            <numerusform>{name} (%n uker)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="237"/>
        <source>First day to fill</source>
        <translation>Første dag som skal fylles</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="239"/>
        <source>Last day to fill</source>
        <translation>Siste dag som skal fylles</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="247"/>
        <source>&amp;Cycle:</source>
        <translation>&amp;Rotasjonsmeny:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="248"/>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="249"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Siste dag:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="250"/>
        <source>&amp;Begin with cycle week:</source>
        <translation>&amp;Begynn med rotasjonsuke:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="266"/>
        <source>The menus of the open days in the range are replaced by the cycle&apos;s, week after week. Closed days (public holidays, the canteen&apos;s closures) are skipped and stay empty.</source>
        <translation>Menyene for de åpne dagene i perioden erstattes med rotasjonsmenyens, uke for uke. Stengte dager (helligdager og kantinens stenginger) hoppes over og blir stående tomme.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="274"/>
        <source>Apply…</source>
        <translation>Bruk…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="54"/>
        <source>Assess a goal</source>
        <translation>Vurder et mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="69"/>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="95"/>
        <source>Now: {level}. Target: {target}.</source>
        <translation>Nå: {level}. Målnivå: {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="98"/>
        <source>not assessed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="139"/>
        <source>Date of the assessment</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="145"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="151"/>
        <source>Evidence: what was observed, on which task</source>
        <translation>Observasjon: hva som ble observert, og ved hvilken oppgave</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="154"/>
        <source>E.g. &apos;Filled in the fridge temperature log on her own, three days in a row.&apos;</source>
        <translation>F.eks. «Fylte ut temperaturloggen for kjøleskapet selv, tre dager på rad.»</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="157"/>
        <source>What you observed, and on which task. Required.</source>
        <translation>Hva du observerte, og ved hvilken oppgave. Må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="163"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Observasjon:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="171"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="209"/>
        <location filename="../../ui/training/plans/assess_dialog.py" line="222"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>Ikke lagret. Rett opp feltene som er merket.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="251"/>
        <source>Close without saving?</source>
        <translation>Lukke uten å lagre?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="252"/>
        <source>The assessment is not saved. Close and lose it?</source>
        <translation>Vurderingen er ikke lagret. Vil du lukke og miste den?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="254"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/assess_dialog.py" line="255"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="93"/>
        <source>Attendance – {name}</source>
        <translation>Oppmøte – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="103"/>
        <source>Counted days of the month</source>
        <translation>Dager som telles i måneden</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="106"/>
        <source>Days the canteen was open and the measure ran. Choose a day to register or correct it.</source>
        <translation>Dager da kantinen var åpen og tiltaket pågikk. Velg en dag for å registrere eller rette den.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="113"/>
        <source>No day counts in this month (the measure did not run).</source>
        <translation>Ingen dager telles i denne måneden (tiltaket pågikk ikke).</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="128"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="139"/>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="141"/>
        <source>Show the previous month</source>
        <translation>Vis forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="148"/>
        <source>Next month ▶</source>
        <translation>Neste måned ▶</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="149"/>
        <source>Show the next month</source>
        <translation>Vis neste måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="166"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="176"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="182"/>
        <source>E.g. &apos;doctor&apos;s appointment&apos; – seen by job coaches only</source>
        <translation>F.eks. «legetime» – bare jobbkonsulenter ser dette</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="184"/>
        <source>Never printed, never shown to anyone but job coaches.</source>
        <translation>Skrives aldri ut og vises aldri for andre enn jobbkonsulenter.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="186"/>
        <source>Absence reason</source>
        <translation>Fraværsårsak</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="191"/>
        <source>Why the registered day is changed</source>
        <translation>Hvorfor den registrerte dagen endres</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="192"/>
        <source>Reason for the correction</source>
        <translation>Årsak til rettingen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="222"/>
        <location filename="../../ui/training/attendance/dialog.py" line="426"/>
        <source>Save the day</source>
        <translation>Lagre dagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="317"/>
        <source>Present: %n day(s), {hours} hours</source>
        <translation>
            <numerusform>Til stede: %n dag, {hours} timer</numerusform>
            <numerusform>Til stede: %n dager, {hours} timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="320"/>
        <source>Excused absence: %n day(s)</source>
        <translation>
            <numerusform>Gyldig fravær: %n dag</numerusform>
            <numerusform>Gyldig fravær: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="321"/>
        <source>Unexcused absence: %n day(s)</source>
        <translation>
            <numerusform>Ugyldig fravær: %n dag</numerusform>
            <numerusform>Ugyldig fravær: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="322"/>
        <source>Not registered: %n day(s)</source>
        <translation>
            <numerusform>Ikke registrert: %n dag</numerusform>
            <numerusform>Ikke registrert: %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="323"/>
        <source>Attendance rate: {rate}</source>
        <translation>Oppmøteprosent: {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="355"/>
        <source>Choose a day in the list to register or correct it</source>
        <translation>Velg en dag i listen for å registrere eller rette den</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="361"/>
        <source>Correct the registered day</source>
        <translation>Rett den registrerte dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="361"/>
        <source>Register the day</source>
        <translation>Registrer dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="413"/>
        <source>Saved: {day}</source>
        <translation>Lagret: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="426"/>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="78"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="80"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="81"/>
        <source>Checked in</source>
        <translation>Sjekket inn</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="82"/>
        <source>Checked out</source>
        <translation>Sjekket ut</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="83"/>
        <source>Absence reason (coach only)</source>
        <translation>Fraværsårsak (bare jobbkonsulent)</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="84"/>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="103"/>
        <source>A job coach changed what was registered (the reason is in the audit log).</source>
        <translation>En jobbkonsulent har endret det som var registrert (årsaken står i tilgangsloggen).</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="120"/>
        <source>✓ corrected</source>
        <translation>✓ rettet</translation>
    </message>
</context>
<context>
    <name>AttendanceWords</name>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="32"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="33"/>
        <source>Excused absence</source>
        <translation>Gyldig fravær</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="34"/>
        <source>Unexcused absence</source>
        <translation>Ugyldig fravær</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/model.py" line="37"/>
        <source>Not registered</source>
        <translation>Ikke registrert</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="57"/>
        <source>Viewed</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="58"/>
        <source>Listed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="59"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="60"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="61"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="62"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="63"/>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="64"/>
        <source>Logged in</source>
        <translation>Logget inn</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="65"/>
        <source>Wrong PIN</source>
        <translation>Feil PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="66"/>
        <source>Account locked</source>
        <translation>Konto låst</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="106"/>
        <source>Their version, shown when a save was refused</source>
        <translation>Den andres versjon, vist da lagringen ble stoppet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="109"/>
        <source>Backup of the whole database</source>
        <translation>Sikkerhetskopi av hele databasen</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="113"/>
        <source>Retention: the file was archived, then deleted</source>
        <translation>Oppbevaringstiden var ute: opplysningene ble arkivert og så slettet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="116"/>
        <source>Retention: the file was archived, then anonymised</source>
        <translation>Oppbevaringstiden var ute: opplysningene ble arkivert og så anonymisert</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="128"/>
        <source>CSV file, rows: {rows}</source>
        <translation>CSV-fil, rader: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="130"/>
        <source>Rows shown: {rows} (names only)</source>
        <translation>Rader vist: {rows} (bare navn)</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="131"/>
        <source>Rows shown: {rows}</source>
        <translation>Rader vist: {rows}</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="74"/>
        <source>Deleted participant #{id}</source>
        <translation>Slettet deltaker #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="83"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="84"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="85"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="86"/>
        <source>Audit log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="90"/>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="298"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="285"/>
        <source>Which entries to show</source>
        <translation>Hvilke oppføringer som vises</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="286"/>
        <source>All entries</source>
        <translation>Alle oppføringer</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="287"/>
        <source>Participant data</source>
        <translation>Opplysninger om deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="288"/>
        <source>Logins</source>
        <translation>Innlogginger</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="289"/>
        <source>Whose actions to show</source>
        <translation>Hvem sine handlinger som vises</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="290"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="291"/>
        <source>Which participant</source>
        <translation>Hvilken deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="292"/>
        <source>All participants</source>
        <translation>Alle deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="293"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="294"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="299"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="300"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="301"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="302"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="307"/>
        <source>Show all</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="309"/>
        <source>Clear every filter</source>
        <translation>Fjern alle filtre</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="313"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="315"/>
        <source>Refresh the audit log</source>
        <translation>Oppdater tilgangsloggen</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="476"/>
        <source>audit-log-{day}.csv</source>
        <translation>tilgangslogg-{day}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="478"/>
        <source>Export the audit log</source>
        <translation>Eksporter tilgangsloggen</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="478"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/platform/audit/view.py" line="498"/>
        <source>Exported %n entry(s) to {path}.</source>
        <translation>
            <numerusform>Eksporterte %n oppføring til {path}.</numerusform>
            <numerusform>Eksporterte %n oppføringer til {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="503"/>
        <source>Exporting the audit log…</source>
        <translation>Eksporterer tilgangsloggen…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="514"/>
        <source>The file could not be written: {error}</source>
        <translation>Filen kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="259"/>
        <source>Every view, change and export of participant data is logged here, and every login. Changes list the names of the fields, never their contents.</source>
        <translation>Her logges hver gang noen ser, endrer eller eksporterer opplysninger om deltakere, og hver innlogging. Ved endringer vises bare navnet på feltet, aldri innholdet.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="276"/>
        <source>Audit log, newest first</source>
        <translation>Tilgangslogg, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="317"/>
        <source>Export to CSV…</source>
        <translation>Eksporter til CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="319"/>
        <source>Export the entries shown to a CSV file</source>
        <translation>Eksporter oppføringene som vises, til en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="351"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="456"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="458"/>
        <source>Entries: {count}</source>
        <translation>Oppføringer: {count}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="197"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="198"/>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="199"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="200"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../ui/platform/audit/view.py" line="201"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="73"/>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="77"/>
        <source>A backup holds all data, participant data included. Keep it where only administrators can reach it. Every backup is written to the audit log.</source>
        <translation>En sikkerhetskopi inneholder alle data, også opplysninger om deltakere. Oppbevar den der bare administratorer har tilgang. Hver sikkerhetskopi blir ført i tilgangsloggen.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="84"/>
        <source>Back up now…</source>
        <translation>Ta sikkerhetskopi nå…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="85"/>
        <source>Write a backup of all data to a file</source>
        <translation>Skriv en sikkerhetskopi av alle data til en fil</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="93"/>
        <source>Restore</source>
        <translation>Gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="97"/>
        <source>Restoring replaces all data with the data in a backup. The backup is checked first, and a safety copy of the current data is written before anything is replaced. Everyone is logged out afterwards.</source>
        <translation>Gjenoppretting erstatter alle data med dataene i en sikkerhetskopi. Sikkerhetskopien kontrolleres først, og det lagres en sikkerhetskopi av dagens data før noe erstattes. Alle blir logget ut etterpå.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="106"/>
        <source>Restore from backup…</source>
        <translation>Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="108"/>
        <source>Replace all data with a backup</source>
        <translation>Erstatt alle data med en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="131"/>
        <source>SQLite file</source>
        <translation>SQLite-fil</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="131"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="63"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="132"/>
        <source>Database: {kind}</source>
        <translation>Database: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="142"/>
        <source>Backups (*{suffix})</source>
        <translation>Sikkerhetskopier (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="142"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="149"/>
        <source>Back up all data</source>
        <translation>Ta sikkerhetskopi av alle data</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="164"/>
        <source>Backup written to {path}.</source>
        <translation>Sikkerhetskopien er lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="169"/>
        <source>Backing up…</source>
        <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="173"/>
        <source>The backup could not be written: {error}</source>
        <translation>Sikkerhetskopien kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="181"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="192"/>
        <source>Replace all data?</source>
        <translation>Erstatte alle data?</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="193"/>
        <source>Replace all data with the backup {file}?</source>
        <translation>Erstatte alle data med sikkerhetskopien {file}?</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="195"/>
        <source>Everything in the database now is replaced by the data in the backup: what was entered after the backup was made will be gone. A safety copy of the current data is written first. Everyone is logged out afterwards.</source>
        <translation>Alt som er i databasen nå, erstattes med dataene i sikkerhetskopien: det som er registrert etter at sikkerhetskopien ble tatt, forsvinner. Først lagres en sikkerhetskopi av dagens data. Alle blir logget ut etterpå.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="201"/>
        <source>Replace all data</source>
        <translation>Erstatt alle data</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="205"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="232"/>
        <source>Restoring from the backup…</source>
        <translation>Gjenoppretter fra sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="236"/>
        <source>The restore could not be done: {error}</source>
        <translation>Gjenopprettingen kunne ikke gjøres: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="247"/>
        <source>Data restored</source>
        <translation>Data gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="248"/>
        <source>The data was restored from {file}.</source>
        <translation>Dataene ble gjenopprettet fra {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/backup/view.py" line="250"/>
        <source>The data as it was before is kept in {path}.</source>
        <translation>Dataene slik de var før, er tatt vare på i {path}.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="66"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="66"/>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="66"/>
        <source>Why closed</source>
        <translation>Hvorfor stengt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="68"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="68"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="68"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="97"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="101"/>
        <source>Previous year</source>
        <translation>Forrige år</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="109"/>
        <source>&amp;Year:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="112"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="114"/>
        <source>Next year</source>
        <translation>Neste år</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="126"/>
        <source>Closed weekdays</source>
        <translation>Stengte ukedager</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="130"/>
        <source>Closed weekdays of the year</source>
        <translation>Årets stengte ukedager</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="137"/>
        <source>The canteen&apos;s closures</source>
        <translation>Kantinens stenginger</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="140"/>
        <source>Closures entered for the canteen</source>
        <translation>Stenginger som er lagt inn for kantinen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="146"/>
        <source>Only the canteen manager can change the calendar.</source>
        <translation>Bare kantinelederen kan endre kalenderen.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="152"/>
        <source>Remove closure…</source>
        <translation>Fjern stenging…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="157"/>
        <source>First closed day</source>
        <translation>Første stengte dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="158"/>
        <source>Last closed day</source>
        <translation>Siste stengte dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="164"/>
        <source>For example: Fellesferie</source>
        <translation>For eksempel: Fellesferie</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="170"/>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="171"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Siste dag:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="172"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="179"/>
        <source>Add closure</source>
        <translation>Legg til stenging</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="271"/>
        <source>{year}: {open} open weekdays; {closed} closed ({holidays} on public holidays, {others} for the canteen&apos;s closures).</source>
        <translation>{year}: {open} åpne ukedager; {closed} stengte ({holidays} på helligdager, {others} på grunn av kantinens stenginger).</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="283"/>
        <source>Public holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="283"/>
        <source>Closure</source>
        <translation>Stenging</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="358"/>
        <source>Added: {reason}, {first} – {last}.</source>
        <translation>Lagt til: {reason}, {first} – {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="384"/>
        <source>Remove the closure?</source>
        <translation>Fjerne stengingen?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="385"/>
        <source>Remove the closure “{reason}” ({first} – {last})?</source>
        <translation>Fjerne stengingen «{reason}» ({first} – {last})?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="390"/>
        <source>The canteen is open on these weekdays again, except on public holidays.</source>
        <translation>Kantinen er åpen igjen disse ukedagene, unntatt på helligdager.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="392"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/calendar/view.py" line="393"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="107"/>
        <source>Check in or out: tap your name</source>
        <translation>Sjekk inn eller ut: trykk på navnet ditt</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="111"/>
        <source>Back to the counter</source>
        <translation>Tilbake til telleren</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="114"/>
        <source>Back to the guest counter</source>
        <translation>Tilbake til gjestetelleren</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="147"/>
        <source>Nobody can check in today.</source>
        <translation>Ingen kan sjekke inn i dag.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="267"/>
        <source>{name}: saving</source>
        <translation>{name}: lagrer</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="294"/>
        <source>{name}, you have already checked out today.</source>
        <translation>{name}, du har allerede sjekket ut i dag.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="298"/>
        <source>You are checked in, {name} ✓</source>
        <translation>Du er sjekket inn, {name} ✓</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="300"/>
        <source>Welcome, {name}!</source>
        <translation>Velkommen, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="311"/>
        <source>Not saved. Check the network or database and tap again.</source>
        <translation>Ikke lagret. Sjekk nettverket eller databasen, og trykk igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="330"/>
        <source>Out</source>
        <translation>Gått</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="330"/>
        <source>{name}: checked out today</source>
        <translation>{name}: sjekket ut i dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="333"/>
        <source>✓ In</source>
        <translation>✓ Inne</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="333"/>
        <source>{name}: checked in. Tap to check out.</source>
        <translation>{name}: sjekket inn. Trykk for å sjekke ut.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="336"/>
        <source>{name}: tap to check in</source>
        <translation>{name}: trykk for å sjekke inn</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="346"/>
        <source>Tap your name when you arrive and when you leave.</source>
        <translation>Trykk på navnet ditt når du kommer, og når du går.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="404"/>
        <source>Goodbye, {name}!</source>
        <translation>Ha det, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="406"/>
        <source>Goodbye, {name} – 1 hour</source>
        <translation>Ha det, {name} – 1 time</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="407"/>
        <source>Goodbye, {name} – {hours} hours</source>
        <translation>Ha det, {name} – {hours} timer</translation>
    </message>
</context>
<context>
    <name>CompetenceChart</name>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="43"/>
        <source>Competence chart: the level now against the target, per area</source>
        <translation>Kompetansediagram: nivået nå mot målnivået, per område</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="53"/>
        <source>Now (the coach&apos;s latest levels)</source>
        <translation>Nå (siste nivå vurdert av jobbkonsulent)</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="56"/>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="90"/>
        <source>Level: {scale}</source>
        <translation>Nivå: {scale}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="119"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="122"/>
        <source>{area}: now {now}, target {target}</source>
        <translation>{area}: nå {now}, målnivå {target}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/chart.py" line="126"/>
        <source>No goals from the framework in the plan yet.</source>
        <translation>Ingen mål fra kompetanserammeverket i planen ennå.</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="88"/>
        <source>Copy week {number}</source>
        <translation>Kopier uke {number}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="93"/>
        <source>Copy the menu of {week} to the weeks you tick. Their menus are replaced, weekday by weekday; closed days stay empty.</source>
        <translation>Kopier menyen for {week} til ukene du krysser av for. Menyene deres erstattes, ukedag for ukedag; stengte dager blir stående tomme.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="98"/>
        <source>&amp;Weeks to copy to:</source>
        <translation>&amp;Uker å kopiere til:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="101"/>
        <source>Weeks to copy to</source>
        <translation>Uker å kopiere til</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="114"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="138"/>
        <source>Tick at least one week.</source>
        <translation>Kryss av for minst én uke.</translation>
    </message>
</context>
<context>
    <name>DailyTotalsModel</name>
    <message>
        <location filename="../../ui/canteen/statistics/model.py" line="110"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/model.py" line="117"/>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/model.py" line="127"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/model.py" line="142"/>
        <source>Category {id}</source>
        <translation>Kategori {id}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/model.py" line="146"/>
        <source>{name} (retired)</source>
        <translation>{name} (fjernet)</translation>
    </message>
</context>
<context>
    <name>DishDialog</name>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="103"/>
        <source>Dish</source>
        <translation>Rett</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="106"/>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="108"/>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="113"/>
        <source>Course</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="115"/>
        <source>Price to guests</source>
        <translation>Pris til gjest</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="130"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="142"/>
        <source>one portion</source>
        <translation>én porsjon</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="144"/>
        <source>Quantities are for one portion</source>
        <translation>Mengdene gjelder én porsjon</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="147"/>
        <source>a batch of</source>
        <translation>en sats på</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="149"/>
        <source>Quantities are for a batch</source>
        <translation>Mengdene gjelder en sats</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="155"/>
        <source>Portions the batch makes</source>
        <translation>Antall porsjoner i satsen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="158"/>
        <source>portions</source>
        <translation>porsjoner</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="166"/>
        <source>Quantities are for</source>
        <translation>Mengdene gjelder</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="174"/>
        <source>Allergens (from the ingredients)</source>
        <translation>Allergener (fra råvarene)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="180"/>
        <source>Allergens are never typed on a dish: correct them on the ingredient.</source>
        <translation>Allergener legges aldri inn på retten: endre dem på råvaren.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="188"/>
        <source>Recipe</source>
        <translation>Oppskrift</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="207"/>
        <location filename="../../ui/canteen/dishes/dialog.py" line="211"/>
        <source>Method</source>
        <translation>Fremgangsmåte</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="213"/>
        <source>How the dish is made, step by step</source>
        <translation>Hvordan retten lages, trinn for trinn</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="227"/>
        <source>New dish</source>
        <translation>Ny rett</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="239"/>
        <source>Dish – {name}</source>
        <translation>Rett – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="349"/>
        <source>Allergen data of {names} has not been checked for {months} months.</source>
        <translation>Allergenopplysningene for {names} er ikke kontrollert på {months} måneder.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="359"/>
        <source>Cost per portion: add ingredients and quantities.</source>
        <translation>Kostnad per porsjon: legg til råvarer og mengder.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="361"/>
        <source>Cost per portion: choose the ingredient on every line.</source>
        <translation>Kostnad per porsjon: velg råvare på hver linje.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="366"/>
        <source>Cost per portion unknown: no price for {names}.</source>
        <translation>Kostnad per porsjon ukjent: ingen pris for {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="370"/>
        <source>Cost per portion: type a quantity on every line.</source>
        <translation>Kostnad per porsjon: skriv inn mengde på hver linje.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="376"/>
        <source>Cost per portion: {cost}</source>
        <translation>Kostnad per porsjon: {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="379"/>
        <source>(the batch: {total} for {portions} portions)</source>
        <translation>(hele satsen: {total} for {portions} porsjoner)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="406"/>
        <source>Line {lines}: choose an ingredient from the list (type part of its name).</source>
        <translation>Linje {lines}: velg en råvare fra listen (skriv en del av navnet).</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="446"/>
        <source>Not saved: this dish was deleted meanwhile. Your typing is still here.</source>
        <translation>Ikke lagret: retten er slettet i mellomtiden. Det du har skrevet, er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="458"/>
        <source>Keep your version (it replaces theirs), or use theirs (your changes are dropped)?</source>
        <translation>Vil du beholde din versjon (den erstatter den andres), eller bruke den andres (endringene dine forkastes)?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/dialog.py" line="459"/>
        <source>Not saved: someone else changed this dish meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret retten i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
</context>
<context>
    <name>DishPickerDialog</name>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="67"/>
        <source>Add a dish to {day}</source>
        <translation>Legg til en rett – {day}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="72"/>
        <source>&amp;Find a dish (type a part of its name):</source>
        <translation>&amp;Finn en rett (skriv en del av navnet):</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="75"/>
        <source>For example: grateng</source>
        <translation>For eksempel: grateng</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="80"/>
        <source>Dishes that match</source>
        <translation>Retter som passer med søket</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="86"/>
        <source>Loading the dishes…</source>
        <translation>Laster inn rettene…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="90"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="94"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/picker.py" line="126"/>
        <source>Found: {found} of {total}</source>
        <translation>Funnet: {found} av {total}</translation>
    </message>
</context>
<context>
    <name>DishTableModel</name>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="26"/>
        <source>{name} (retired)</source>
        <translation>{name} (ikke i bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="32"/>
        <source>Check ingredients again</source>
        <translation>Kontroller råvarene på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="37"/>
        <source>price missing</source>
        <translation>pris mangler</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="44"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="47"/>
        <source>Course</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="53"/>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="59"/>
        <source>May contain traces</source>
        <translation>Kan inneholde spor av</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="65"/>
        <source>Diet</source>
        <translation>Kosthold</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="71"/>
        <source>Cost per portion</source>
        <translation>Kostnad per porsjon</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="78"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="85"/>
        <source>Allergen data</source>
        <translation>Allergenopplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="110"/>
        <source>English: {name}</source>
        <translation>Engelsk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="114"/>
        <source>Ingredients: {names}</source>
        <translation>Råvarer: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/model.py" line="120"/>
        <source>The allergen data of an ingredient in this dish has not been checked for twelve months.</source>
        <translation>Allergenopplysningene for en råvare i denne retten er ikke kontrollert på tolv måneder.</translation>
    </message>
</context>
<context>
    <name>DishesView</name>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="88"/>
        <source>Search by name…</source>
        <translation>Søk etter navn…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="88"/>
        <source>Search dishes</source>
        <translation>Søk i retter</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="90"/>
        <source>Show retired dishes</source>
        <translation>Vis retter som ikke er i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="102"/>
        <source>Dishes</source>
        <translation>Retter</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="105"/>
        <source>Press Enter or double-click to edit a dish.</source>
        <translation>Trykk Enter eller dobbeltklikk for å redigere en rett.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="124"/>
        <source>New dish</source>
        <translation>Ny rett</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="125"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="126"/>
        <source>Edit the selected dish</source>
        <translation>Rediger valgt rett</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="127"/>
        <location filename="../../ui/canteen/dishes/view.py" line="234"/>
        <location filename="../../ui/canteen/dishes/view.py" line="365"/>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="128"/>
        <location filename="../../ui/canteen/dishes/view.py" line="236"/>
        <source>Retire the selected dish</source>
        <translation>Ta valgt rett ut av bruk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="136"/>
        <source>Where the allergens come from</source>
        <translation>Hvor allergenene kommer fra</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="139"/>
        <location filename="../../ui/canteen/dishes/view.py" line="283"/>
        <source>Choose a dish in the list.</source>
        <translation>Velg en rett i listen.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="200"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="204"/>
        <source>Found: {count}</source>
        <translation>Funnet: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="206"/>
        <source>Dishes: {count}</source>
        <translation>Retter: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="234"/>
        <source>Bring back</source>
        <translation>Ta i bruk igjen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="236"/>
        <source>Bring the selected dish back</source>
        <translation>Ta valgt rett i bruk igjen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="269"/>
        <source>{dish}: {diet}</source>
        <translation>{dish}: {diet}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="340"/>
        <source>Saved: {name}</source>
        <translation>Lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="359"/>
        <source>Retire dish?</source>
        <translation>Ta retten ut av bruk?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="361"/>
        <source>Retire {name}? It leaves the lists to plan menus from; menus that served it keep it.</source>
        <translation>Ta {name} ut av bruk? Retten forsvinner fra listene du planlegger menyer fra; menyer der den har vært servert, beholder den.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="366"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="383"/>
        <source>Brought back: {name}</source>
        <translation>Tatt i bruk igjen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="383"/>
        <source>Retired: {name}</source>
        <translation>Tatt ut av bruk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="409"/>
        <source>dish {name}</source>
        <translation>retten {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/view.py" line="411"/>
        <source>a new dish</source>
        <translation>en ny rett</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="206"/>
        <location filename="../../ui/common/edit_dialog.py" line="306"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="210"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="240"/>
        <source>Your unsaved changes from before the screen locked are back.</source>
        <translation>Endringene du ikke hadde lagret før skjermen ble låst, er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="297"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>Ikke lagret. Rett opp feltene som er merket.</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="306"/>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="335"/>
        <source>Changed by someone else</source>
        <translation>Endret av en annen</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="340"/>
        <source>Keep my version</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="343"/>
        <source>Use their version</source>
        <translation>Bruk den andres versjon</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="347"/>
        <source>Go back to editing</source>
        <translation>Tilbake til skjemaet</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="363"/>
        <source>Their version is in the form now. Your changes were not saved.</source>
        <translation>Den andres versjon står nå i skjemaet. Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="386"/>
        <source>Close without saving?</source>
        <translation>Lukke uten å lagre?</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="387"/>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Du har endringer som ikke er lagret. Vil du lukke og miste dem?</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="391"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/common/edit_dialog.py" line="395"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>EndMeasureDialog</name>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="264"/>
        <source>End the measure – {name}</source>
        <translation>Avslutt tiltaket – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="270"/>
        <source>Ended on</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="275"/>
        <source>Choose NAV&apos;s end reason</source>
        <translation>Velg NAVs sluttårsak</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="280"/>
        <source>End reason (NAV)</source>
        <translation>Sluttårsak (NAV)</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="282"/>
        <source>The participant then moves to the list of ended participants.</source>
        <translation>Deltakeren flyttes da til listen over avsluttede deltakere.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="284"/>
        <location filename="../../ui/training/participants/lifecycle.py" line="309"/>
        <source>End the measure</source>
        <translation>Avslutt tiltaket</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="303"/>
        <source>End the measure?</source>
        <translation>Avslutte tiltaket?</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="304"/>
        <source>End {name}&apos;s measure on {date} ({reason})?</source>
        <translation>Avslutte tiltaket for {name} med sluttdato {date} ({reason})?</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="307"/>
        <source>The participant moves to the ended list and can no longer check in after that day.</source>
        <translation>Deltakeren flyttes til listen over avsluttede og kan ikke sjekke inn etter den dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="310"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/shell/errors.py" line="74"/>
        <source>Something went wrong, but your data is safe and the program keeps running.

The details were written to {log}.</source>
        <translation>Noe gikk galt, men dataene dine er trygge, og programmet kjører videre.

Detaljene er lagret i {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="80"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>ExtendMeasureDialog</name>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="210"/>
        <source>Extend the measure – {name}</source>
        <translation>Forleng tiltaket – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="215"/>
        <source>New planned end</source>
        <translation>Ny planlagt slutt</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="221"/>
        <source>E.g. &apos;NAV approved 3 more months, decision of 12 May&apos;</source>
        <translation>F.eks. «NAV har godkjent 3 måneder til, vedtak av 12. mai»</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="222"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="223"/>
        <source>Extend</source>
        <translation>Forleng</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="234"/>
        <source>Past the usual limit for this measure ({date}): only if NAV approved it.</source>
        <translation>Utover den vanlige grensen for tiltaket ({date}): bare hvis NAV har godkjent det.</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="217"/>
        <source>Welcome! Create the first administrator</source>
        <translation>Velkommen! Opprett den første administratoren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="223"/>
        <source>The database is new. The administrator adds the other users and chooses the settings. Use a PIN of at least 6 characters that others cannot guess.</source>
        <translation>Databasen er ny. Administratoren legger inn de andre brukerne og velger innstillingene. Bruk en PIN-kode på minst 6 tegn som andre ikke kan gjette.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="232"/>
        <location filename="../../ui/shell/login.py" line="234"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="240"/>
        <location filename="../../ui/shell/login.py" line="241"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="246"/>
        <location filename="../../ui/shell/login.py" line="248"/>
        <source>Repeat the PIN</source>
        <translation>Gjenta PIN-koden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="251"/>
        <source>Create administrator</source>
        <translation>Opprett administrator</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="269"/>
        <source>The two PINs are not the same.</source>
        <translation>De to PIN-kodene er ikke like.</translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="55"/>
        <source>Competence framework</source>
        <translation>Kompetanserammeverk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="70"/>
        <source>The goals plans are made from. A local goal is this canteen&apos;s own; a retired goal is not offered to new plans, and plans that have it keep it.</source>
        <translation>Målene som opplæringsplanene lages av. Et lokalt mål er denne kantinens eget. Et mål som er tatt ut av bruk, tilbys ikke i nye planer, men planer som har det, beholder det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="78"/>
        <source>Competence areas and their goals</source>
        <translation>Kompetanseområder med kompetansemål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="92"/>
        <source>Add a local goal…</source>
        <translation>Legg til et lokalt mål…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="95"/>
        <source>Retire the goal…</source>
        <translation>Ta målet ut av bruk…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="152"/>
        <source>{goal} (local)</source>
        <translation>{goal} (lokalt)</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="206"/>
        <source>Retire this goal?</source>
        <translation>Ta målet ut av bruk?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="209"/>
        <source>New plans will not be offered it. Plans that have it keep it, with all their assessments.</source>
        <translation>Det tilbys ikke i nye planer. Planer som har målet, beholder det med alle vurderingene.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="211"/>
        <source>Retire the goal</source>
        <translation>Ta målet ut av bruk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="212"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
</context>
<context>
    <name>IngredientDialog</name>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="138"/>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="141"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="507"/>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="143"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="508"/>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="149"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="509"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="151"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="510"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="153"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="511"/>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="157"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="512"/>
        <source>Pack size</source>
        <translation>Pakningsstørrelse</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="158"/>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="159"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="513"/>
        <source>Pack price</source>
        <translation>Pakningspris</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="163"/>
        <source>Cost per unit</source>
        <translation>Kostnad per enhet</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="169"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="342"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="516"/>
        <source>Animal origin</source>
        <translation>Animalsk opprinnelse</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="192"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="517"/>
        <source>Allergen check</source>
        <translation>Allergenkontroll</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="199"/>
        <source>Checked against the product sheet today</source>
        <translation>Kontrollert mot produktdatabladet i dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="203"/>
        <source>Saving changed allergens records you as the one who checked them, today.</source>
        <translation>Når du lagrer endrede allergener, blir du registrert som den som kontrollerte dem, med dagens dato.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="215"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="514"/>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="229"/>
        <source>Allergen changes (food safety log)</source>
        <translation>Allergenendringer (logg for mattrygghet)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="233"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="233"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="233"/>
        <source>What changed</source>
        <translation>Hva som ble endret</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="236"/>
        <source>Allergen changes</source>
        <translation>Allergenendringer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="247"/>
        <source>No allergen changes have been saved yet.</source>
        <translation>Ingen allergenendringer er lagret ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="256"/>
        <source>New ingredient</source>
        <translation>Ny råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="266"/>
        <source>Not checked yet.</source>
        <translation>Ikke kontrollert ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="273"/>
        <source>Ingredient – {name}</source>
        <translation>Råvare – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="306"/>
        <source>The allergens have never been checked against the product sheet.</source>
        <translation>Allergenene er aldri kontrollert mot produktdatabladet.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="308"/>
        <source>Allergens checked {date} by {name}.</source>
        <translation>Allergenene ble kontrollert {date} av {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="309"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="312"/>
        <source>Check them again: the last check is more than twelve months old.</source>
        <translation>Kontroller dem på nytt: siste kontroll er mer enn tolv måneder gammel.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="337"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="542"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="340"/>
        <source>Contains</source>
        <translation>Inneholder</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="341"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="515"/>
        <source>May contain traces</source>
        <translation>Kan inneholde spor av</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="428"/>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="433"/>
        <source>Type the pack size and price</source>
        <translation>Skriv inn pakningsstørrelse og pris</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="445"/>
        <source>{diet} (from: {origins})</source>
        <translation>{diet} (fra: {origins})</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="497"/>
        <source>Not saved: this ingredient was deleted meanwhile. Your typing is still here.</source>
        <translation>Ikke lagret: råvaren er slettet i mellomtiden. Det du har skrevet, er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="536"/>
        <source>Their version differs in: {fields}.</source>
        <translation>Disse feltene er ulike i den andres versjon: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="538"/>
        <source>Their version has the same values you typed.</source>
        <translation>Den andres versjon har de samme verdiene som du skrev inn.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="541"/>
        <source>Their allergens: {words}.</source>
        <translation>Allergener i den andres versjon: {words}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/dialog.py" line="545"/>
        <source>Not saved: someone else changed this ingredient meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret råvaren i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
</context>
<context>
    <name>IngredientImportDialog</name>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="47"/>
        <source>Import ingredients</source>
        <translation>Importer råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="61"/>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="67"/>
        <source>Folder: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="82"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="82"/>
        <source>What is wrong</source>
        <translation>Hva som er feil</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="84"/>
        <source>Rows with problems</source>
        <translation>Rader med problemer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="87"/>
        <source>Each row of the file that cannot be imported, with the reason.</source>
        <translation>Hver rad i filen som ikke kan importeres, med årsaken.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="98"/>
        <source>Check again</source>
        <translation>Kontroller på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="99"/>
        <source>Read the file again and check every row</source>
        <translation>Les filen på nytt og kontroller hver rad</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="102"/>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="255"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="105"/>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="258"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="163"/>
        <source>Reading the file…</source>
        <translation>Leser filen…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="181"/>
        <source>Nothing will be imported until the file is corrected. Correct the rows below in the file, save it, and press “Check again”.</source>
        <translation>Ingenting blir importert før filen er rettet. Rett opp radene nedenfor i filen, lagre den, og trykk «Kontroller på nytt».</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="196"/>
        <source>Nothing can be imported from this file.</source>
        <translation>Ingenting kan importeres fra denne filen.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="205"/>
        <source>{added} to add · {updated} to update · {unchanged} unchanged</source>
        <translation>{added} nye · {updated} endres · {unchanged} uendret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="209"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n rad med problemer</numerusform>
            <numerusform>%n rader med problemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="212"/>
        <source>Every ingredient in the file is already as it is here: nothing to import.</source>
        <translation>Alle råvarene i filen er allerede slik de er her: ingenting å importere.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="251"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="253"/>
        <source>Import %n ingredient(s)</source>
        <translation>
            <numerusform>Importer %n råvare</numerusform>
            <numerusform>Importer %n råvarer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="258"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="286"/>
        <source>Nothing was imported: the file has changed since it was checked and now has problems. Correct the rows below in the file, save it, and press “Check again”.</source>
        <translation>Ingenting ble importert: filen er endret siden den ble kontrollert, og har nå problemer. Rett opp radene nedenfor i filen, lagre den, og trykk «Kontroller på nytt».</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="298"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
</context>
<context>
    <name>IngredientTableModel</name>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="22"/>
        <source>Never checked – check now</source>
        <translation>Aldri kontrollert – kontroller nå</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="24"/>
        <source>{date} – check again</source>
        <translation>{date} – kontroller på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="36"/>
        <source>{size} for {price}</source>
        <translation>{size} for {price}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="45"/>
        <source>English: {name}</source>
        <translation>Engelsk: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="49"/>
        <source>Animal origin: {origin}</source>
        <translation>Animalsk opprinnelse: {origin}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="52"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="67"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="71"/>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="77"/>
        <source>May contain traces</source>
        <translation>Kan inneholde spor av</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="83"/>
        <source>Allergens checked</source>
        <translation>Allergener kontrollert</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="89"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="95"/>
        <source>Pack</source>
        <translation>Pakning</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="101"/>
        <source>Price per unit</source>
        <translation>Pris per enhet</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="108"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="114"/>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="134"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="136"/>
        <source>The allergen data has never been checked against the supplier&apos;s product sheet.</source>
        <translation>Allergenopplysningene er aldri kontrollert mot leverandørens produktdatablad.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="140"/>
        <source>Checked {date} by {name}.</source>
        <translation>Kontrollert {date} av {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/model.py" line="144"/>
        <source>Not checked for {months} months: check the product sheet again.</source>
        <translation>Ikke kontrollert på {months} måneder: kontroller produktdatabladet på nytt.</translation>
    </message>
</context>
<context>
    <name>IngredientsView</name>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="83"/>
        <source>Search by name, supplier or item number…</source>
        <translation>Søk etter navn, leverandør eller varenummer…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="84"/>
        <source>Search ingredients</source>
        <translation>Søk i råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="123"/>
        <source>New ingredient</source>
        <translation>Ny råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="125"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="126"/>
        <source>Edit the selected ingredient</source>
        <translation>Rediger valgt råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="128"/>
        <location filename="../../ui/canteen/ingredients/view.py" line="312"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="130"/>
        <source>Delete the selected ingredient</source>
        <translation>Slett valgt råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="95"/>
        <source>Ingredients</source>
        <translation>Råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="98"/>
        <source>Press Enter or double-click to edit an ingredient.</source>
        <translation>Trykk Enter eller dobbeltklikk for å redigere en råvare.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="104"/>
        <source>“Check again”: the allergen data has not been checked against the supplier&apos;s product sheet for {months} months.</source>
        <translation>«Kontroller på nytt»: allergenopplysningene er ikke kontrollert mot leverandørens produktdatablad på {months} måneder.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="136"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="138"/>
        <source>Import ingredients from a CSV or Excel file</source>
        <translation>Importer råvarer fra en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="141"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="143"/>
        <source>Export the ingredients to a CSV or Excel file</source>
        <translation>Eksporter råvarene til en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="197"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="202"/>
        <source>Found: {count}</source>
        <translation>Funnet: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="204"/>
        <source>Ingredients: {count}</source>
        <translation>Råvarer: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="206"/>
        <source>to check again: {count}</source>
        <translation>skal kontrolleres på nytt: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="274"/>
        <source>Saved: {name}</source>
        <translation>Lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="299"/>
        <source>{name} is used in {dishes}. Remove it from those dishes first.</source>
        <translation>{name} brukes i {dishes}. Fjern råvaren fra disse rettene først.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="308"/>
        <source>Delete ingredient?</source>
        <translation>Slette råvaren?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="309"/>
        <source>Delete {name}? Its allergen history is deleted with it.</source>
        <translation>Slette {name}? Allergenhistorikken slettes også.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="313"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="330"/>
        <source>Deleted: {name}</source>
        <translation>Slettet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="351"/>
        <source>Import ingredients</source>
        <translation>Importer råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="353"/>
        <source>Ingredient lists (*.csv *.xlsx)</source>
        <translation>Råvarelister (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="380"/>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importerte {file}: {added} lagt til, {updated} oppdatert, {unchanged} uendret.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="386"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="386"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="389"/>
        <source>Export ingredients</source>
        <translation>Eksporter råvarer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/view.py" line="407"/>
        <source>Exported %n ingredient(s) to {file} in the folder {folder}.</source>
        <translation>
            <numerusform>Eksporterte %n råvare til {file} i mappen {folder}.</numerusform>
            <numerusform>Eksporterte %n råvarer til {file} i mappen {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="433"/>
        <source>ingredient {name}</source>
        <translation>råvaren {name}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/view.py" line="435"/>
        <source>a new ingredient</source>
        <translation>en ny råvare</translation>
    </message>
</context>
<context>
    <name>KioskMenu</name>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="87"/>
        <source>The canteen is closed today: {reason}</source>
        <translation>Kantinen er stengt i dag: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="91"/>
        <source>The canteen is closed at the weekend</source>
        <translation>Kantina er stengt i helgen</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="93"/>
        <source>No menu entered for today</source>
        <translation>Ingen meny lagt inn for i dag</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="368"/>
        <source>Today, {date}</source>
        <translation>I dag, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="122"/>
        <location filename="../../ui/canteen/kiosk/view.py" line="127"/>
        <source>Guests today</source>
        <translation>Gjester i dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="145"/>
        <source>Undo last</source>
        <translation>Angre siste</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="146"/>
        <source>Undo the last tap on this kiosk</source>
        <translation>Angre siste trykk på denne kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="157"/>
        <source>Check in / out</source>
        <translation>Sjekk inn / ut</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="158"/>
        <source>Participants: check in or out</source>
        <translation>Deltakere: sjekk inn eller ut</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="315"/>
        <source>Saved ✓</source>
        <translation>Lagret ✓</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="317"/>
        <source>Nothing to undo.</source>
        <translation>Ingenting å angre.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="320"/>
        <source>Taken back: one {category}.</source>
        <translation>Angret: én {category}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="329"/>
        <source>Not saved. Check the network or database and tap again.</source>
        <translation>Ikke lagret. Sjekk nettverket eller databasen, og trykk igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/view.py" line="378"/>
        <source>Add one {name}; {count} today</source>
        <translation>Legg til én {name}. I dag: {count}</translation>
    </message>
</context>
<context>
    <name>LocalGoalDialog</name>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="238"/>
        <source>Add a local goal</source>
        <translation>Legg til et lokalt mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="245"/>
        <source>Write the goal as a task one can watch someone do, e.g. &apos;Fills and starts the dishwasher&apos;.</source>
        <translation>Skriv målet som en oppgave man kan se noen gjøre, f.eks. «Fyller og starter oppvaskmaskinen».</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="261"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="263"/>
        <source>Goal (Norwegian):</source>
        <translation>Mål (norsk):</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="263"/>
        <source>Required</source>
        <translation>Må fylles ut</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="264"/>
        <source>Goal (English):</source>
        <translation>Mål (engelsk):</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="267"/>
        <source>Easy-read (Norwegian):</source>
        <translation>Lettlest (norsk):</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="269"/>
        <source>E.g. &apos;Jeg fyller oppvaskmaskinen&apos;</source>
        <translation>F.eks. «Jeg fyller oppvaskmaskinen»</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="273"/>
        <source>Easy-read (English):</source>
        <translation>Lettlest (engelsk):</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="275"/>
        <source>E.g. &apos;I fill the dishwasher&apos;</source>
        <translation>F.eks. «I fill the dishwasher»</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="293"/>
        <source>Add the goal</source>
        <translation>Legg til målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="297"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="354"/>
        <source>Close without saving?</source>
        <translation>Lukke uten å lagre?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="355"/>
        <source>The goal is not added. Close and lose what you typed?</source>
        <translation>Målet er ikke lagt til. Vil du lukke og miste det du har skrevet?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="357"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/framework_dialog.py" line="358"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="79"/>
        <location filename="../../ui/shell/login.py" line="117"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="86"/>
        <location filename="../../ui/shell/login.py" line="88"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="93"/>
        <location filename="../../ui/shell/login.py" line="97"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="112"/>
        <source>Back to the kiosk</source>
        <translation>Tilbake til kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="140"/>
        <source>Delete last digit</source>
        <translation>Slett siste siffer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="143"/>
        <source>Clear PIN</source>
        <translation>Tøm PIN-koden</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="178"/>
        <source>Choose your name and type your PIN.</source>
        <translation>Velg navnet ditt og skriv PIN-koden din.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="90"/>
        <source>Canteen</source>
        <translation>Kantine</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="127"/>
        <location filename="../../ui/shell/main_window.py" line="142"/>
        <source>Canteen – {site}</source>
        <translation>Kantine – {site}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199"/>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="200"/>
        <source>The screen locked while you were editing: {what}. Your changes were kept.</source>
        <translation>Skjermen ble låst mens du redigerte: {what}. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="203"/>
        <source>Continue where you left off?</source>
        <translation>Vil du fortsette der du slapp?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="205"/>
        <source>Continue editing</source>
        <translation>Fortsett redigeringen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="207"/>
        <source>Discard the changes</source>
        <translation>Forkast endringene</translation>
    </message>
</context>
<context>
    <name>MenuView</name>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="137"/>
        <source>The week&apos;s menu</source>
        <translation>Ukens meny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="147"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="149"/>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="156"/>
        <source>&amp;Week:</source>
        <translation>&amp;Uke:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="158"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="159"/>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="162"/>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="180"/>
        <source>Copy this week to…</source>
        <translation>Kopier denne uken til…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="183"/>
        <source>Save weeks as cycle…</source>
        <translation>Lagre uker som rotasjonsmeny…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="186"/>
        <source>Apply cycle…</source>
        <translation>Bruk rotasjonsmeny…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="197"/>
        <source>Print:</source>
        <translation>Skriv ut:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="204"/>
        <source>Make the week menu (A4) as PDF</source>
        <translation>Lag ukemenyen (A4) som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="208"/>
        <source>Make the allergen poster (A3) as PDF, for a day or the week</source>
        <translation>Lag allergenoversikten (A3) som PDF, for én dag eller hele uken</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="214"/>
        <source>With &amp;English</source>
        <translation>Med &amp;engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="216"/>
        <source>Dish names and allergens in English beside the Norwegian</source>
        <translation>Navn på retter og allergener på engelsk ved siden av norsk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="278"/>
        <source>Average cost per portion: {cost}</source>
        <translation>Gjennomsnittlig kostnad per porsjon: {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="281"/>
        <source>Average cost per portion: unknown (a price is missing)</source>
        <translation>Gjennomsnittlig kostnad per porsjon: ukjent (en pris mangler)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="303"/>
        <source>Week shown: {week}</source>
        <translation>Uke som vises: {week}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="352"/>
        <source>Nothing printed</source>
        <translation>Ingenting skrevet ut</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="361"/>
        <source>The whole week</source>
        <translation>Hele uken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="444"/>
        <source>Copied {week} to %n week(s); {days} days were filled.</source>
        <translation>
            <numerusform>Kopierte {week} til %n uke; antall dager som ble fylt: {days}.</numerusform>
            <numerusform>Kopierte {week} til %n uker; antall dager som ble fylt: {days}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="475"/>
        <source>Saved the cycle “{name}” (%n week(s)).</source>
        <translation>
            <numerusform>Lagret rotasjonsmenyen «{name}» (%n uke).</numerusform>
            <numerusform>Lagret rotasjonsmenyen «{name}» (%n uker).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="492"/>
        <source>There is no cycle yet: plan some weeks, then “Save weeks as cycle…”.</source>
        <translation>Det finnes ingen rotasjonsmeny ennå: planlegg noen uker, og velg så «Lagre uker som rotasjonsmeny…».</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="523"/>
        <source>Replace the menus?</source>
        <translation>Erstatte menyene?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="524"/>
        <source>Replace the menus from {first} to {last} with the cycle “{name}”?</source>
        <translation>Erstatte menyene fra {first} til {last} med rotasjonsmenyen «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="528"/>
        <source>Every dish planned for the open days in this range is replaced. Closed days are skipped.</source>
        <translation>Alle retter som er planlagt på de åpne dagene i perioden, blir erstattet. Stengte dager hoppes over.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="531"/>
        <source>Replace the menus</source>
        <translation>Erstatt menyene</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="532"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="562"/>
        <source>The cycle filled %n day(s).</source>
        <translation>
            <numerusform>Rotasjonsmenyen fylte %n dag.</numerusform>
            <numerusform>Rotasjonsmenyen fylte %n dager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="564"/>
        <source>%n closed day(s) were skipped.</source>
        <translation>
            <numerusform>%n stengt dag ble hoppet over.</numerusform>
            <numerusform>%n stengte dager ble hoppet over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="582"/>
        <source>week-menu</source>
        <translation>ukemeny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="582"/>
        <source>allergen-poster</source>
        <translation>allergenoversikt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="601"/>
        <source>Making the {document}…</source>
        <translation>Lager PDF: {document}…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/view.py" line="629"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-en kunne ikke skrives: {error}</translation>
    </message>
</context>
<context>
    <name>MonthPickerDialog</name>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="29"/>
        <source>Monthly guest report</source>
        <translation>Månedsrapport for gjester</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="34"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="39"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="47"/>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="48"/>
        <source>&amp;Year:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="54"/>
        <source>Make report</source>
        <translation>Lag rapport</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="59"/>
        <source>Which month should the report cover?</source>
        <translation>Hvilken måned skal rapporten gjelde?</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/month_picker.py" line="79"/>
        <source>This month has not begun yet.</source>
        <translation>Denne måneden har ikke begynt ennå.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/common/operations.py" line="147"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/training/overview/model.py" line="53"/>
        <source>The planned end passed %n day(s) ago: record the end or the extension</source>
        <translation>Planlagt slutt var for %n dag(er) siden: registrer slutt eller forlengelse</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="59"/>
        <source>The measure ends today</source>
        <translation>Tiltaket slutter i dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="61"/>
        <source>The measure ends in %n day(s)</source>
        <translation>Tiltaket slutter om %n dag(er)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="66"/>
        <source>Planned past the usual limit ({limit}): check that NAV approved it</source>
        <translation>Planlagt ut over den vanlige grensen ({limit}): sjekk at NAV har godkjent det</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="74"/>
        <source>{goal}: not assessed, target level {target}</source>
        <translation>{goal}: ikke vurdert, målnivå {target}</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="77"/>
        <source>{goal}: level {level} of {target}</source>
        <translation>{goal}: nivå {level} av {target}</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="86"/>
        <source>Attendance {rate} over the last four weeks (%n day(s) registered)</source>
        <translation>Oppmøte {rate} de siste fire ukene (%n dag(er) registrert)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="98"/>
        <source>Never assessed; the measure started %n day(s) ago</source>
        <translation>Aldri vurdert; tiltaket startet for %n dag(er) siden</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="104"/>
        <source>No coach assessment for %n day(s)</source>
        <translation>Ingen vurdering fra jobbkonsulent på %n dag(er)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="120"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="126"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="135"/>
        <source>Job coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="141"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="144"/>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/training/overview/view.py" line="85"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="89"/>
        <source>Update</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="90"/>
        <source>Read the overview again</source>
        <translation>Hent oversikten på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="120"/>
        <source>Nobody.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="125"/>
        <source>Press Enter or double-click to open the participant.</source>
        <translation>Trykk Enter eller dobbeltklikk for å åpne deltakeren.</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="143"/>
        <source>Measures ending within 30 days</source>
        <translation>Tiltak som slutter innen 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="144"/>
        <source>Measures ending in 31 to 60 days</source>
        <translation>Tiltak som slutter om 31 til 60 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="145"/>
        <source>Measures planned past their usual limit</source>
        <translation>Tiltak som er planlagt utover den vanlige grensen</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="147"/>
        <source>Goals overdue: the target date has passed, the level is not reached</source>
        <translation>Mål over fristen: måldatoen er passert, og nivået er ikke nådd</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="149"/>
        <source>Attendance under 80 % over the last four weeks</source>
        <translation>Oppmøte under 80 % de siste fire ukene</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="150"/>
        <source>No coach assessment for 30 days</source>
        <translation>Ingen vurdering fra jobbkonsulent på 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="153"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="194"/>
        <source>Everyone&apos;s caseload: %n participant(s)</source>
        <translation>
            <numerusform>Alle jobbkonsulenters deltakere: %n</numerusform>
            <numerusform>Alle jobbkonsulenters deltakere: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="196"/>
        <source>Your caseload: %n participant(s)</source>
        <translation>
            <numerusform>Dine deltakere: %n</numerusform>
            <numerusform>Dine deltakere: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="239"/>
        <source>The participant list cannot be opened here.</source>
        <translation>Deltakerlisten kan ikke åpnes her.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="155"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="165"/>
        <source>Choose a language</source>
        <translation>Velg språk</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="172"/>
        <source>Measure and period</source>
        <translation>Tiltak og periode</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="174"/>
        <source>Choose the measure</source>
        <translation>Velg tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="193"/>
        <source>Name and phone at the NAV office</source>
        <translation>Navn og telefon på NAV-kontoret</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="198"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="200"/>
        <source>Choose the job coach</source>
        <translation>Velg jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="206"/>
        <source>Describe what helps at work, e.g. &apos;needs written step lists&apos;. Never diagnoses.</source>
        <translation>Beskriv hva som hjelper på jobb, f.eks. «trenger oppgavene skrevet ned trinn for trinn». Aldri diagnoser.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="225"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="243"/>
        <source>Participant – {name}</source>
        <translation>Deltaker – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="255"/>
        <source>{name} (no longer a job coach)</source>
        <translation>{name} (ikke lenger jobbkonsulent)</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="264"/>
        <source>Last saved {time}</source>
        <translation>Sist lagret {time}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="266"/>
        <source>The measure ended {date}: {reason}</source>
        <translation>Tiltaket ble avsluttet {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="283"/>
        <source>Usual limit: {note}</source>
        <translation>Vanlig varighet: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="384"/>
        <source>Not saved. Please correct the marked fields.</source>
        <translation>Ikke lagret. Rett opp feltene som er merket.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="409"/>
        <source>Beyond the usual limit</source>
        <translation>Utover den vanlige grensen</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="411"/>
        <source>Save anyway? Only if NAV has approved the longer period.</source>
        <translation>Lagre likevel? Bare hvis NAV har godkjent den lengre perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="413"/>
        <source>Save anyway</source>
        <translation>Lagre likevel</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="414"/>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="51"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="83"/>
        <source>Saved by someone else at {time}. These fields differ:</source>
        <translation>En annen lagret {time}. Disse feltene er ulike:</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="87"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="88"/>
        <source>Their version</source>
        <translation>Den andres versjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="89"/>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="97"/>
        <source>Which version should be kept?</source>
        <translation>Hvilken versjon skal beholdes?</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="74"/>
        <source>{field}
  Their version: {theirs}
  Your version: {mine}</source>
        <translation>{field}
  Den andres versjon: {theirs}
  Din versjon: {mine}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/conflict.py" line="69"/>
        <source>Saved by someone else at {time}, with the same values you typed.</source>
        <translation>En annen lagret {time}, med de samme verdiene som du skrev inn.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/dialog.py" line="460"/>
        <source>Not saved yet: someone else changed this participant. Your changes are still here.</source>
        <translation>Ikke lagret ennå: en annen har endret denne deltakeren. Endringene dine er her fortsatt.</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="69"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="70"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="71"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="72"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="73"/>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="74"/>
        <source>NAV measure</source>
        <translation>NAV-tiltak</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="75"/>
        <source>Measure start</source>
        <translation>Tiltaksstart</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="76"/>
        <source>Planned end</source>
        <translation>Planlagt slutt</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="77"/>
        <source>Participation</source>
        <translation>Deltakelse</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="78"/>
        <source>NAV contact</source>
        <translation>Kontakt i NAV</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="79"/>
        <source>Job coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="80"/>
        <source>Support needs</source>
        <translation>Tilretteleggingsbehov</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/training/participants/model.py" line="105"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="106"/>
        <source>NAV measure</source>
        <translation>NAV-tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="107"/>
        <source>Planned end</source>
        <translation>Planlagt slutt</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="107"/>
        <source>Ended on</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="108"/>
        <source>Job coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="168"/>
        <source>Past the usual limit for this measure ({date}): check that NAV approved it.</source>
        <translation>Utover den vanlige grensen for tiltaket ({date}): sjekk at NAV har godkjent det.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="180"/>
        <source>The planned end has passed (%n day(s) ago).</source>
        <translation>
            <numerusform>Planlagt slutt er passert (for %n dag siden).</numerusform>
            <numerusform>Planlagt slutt er passert (for %n dager siden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="183"/>
        <source>The measure ends in %n day(s).</source>
        <translation>
            <numerusform>Tiltaket slutter om %n dag.</numerusform>
            <numerusform>Tiltaket slutter om %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/model.py" line="182"/>
        <source>The measure ends today.</source>
        <translation>Tiltaket slutter i dag.</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../ui/training/participants/view.py" line="93"/>
        <source>Search by name…</source>
        <translation>Søk etter navn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="93"/>
        <source>Search participants by name</source>
        <translation>Søk etter deltakere på navn</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="102"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="103"/>
        <source>Ended</source>
        <translation>Avsluttede</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="104"/>
        <source>Show active or ended participants</source>
        <translation>Vis aktive eller avsluttede deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="113"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="115"/>
        <source>Add a new participant</source>
        <translation>Legg til en ny deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="123"/>
        <source>Your role sees the participants&apos; names only.</source>
        <translation>Rollen din ser bare navnene på deltakerne.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="154"/>
        <source>Photo…</source>
        <translation>Bilde…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="155"/>
        <source>Extend measure…</source>
        <translation>Forleng tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="156"/>
        <source>End measure…</source>
        <translation>Avslutt tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="161"/>
        <source>For the participant selected in the list</source>
        <translation>For deltakeren som er valgt i listen</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="168"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="178"/>
        <source>Press Enter or double-click to open a participant.</source>
        <translation>Trykk Enter eller dobbeltklikk for å åpne en deltaker.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="204"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="206"/>
        <source>Found: {count}</source>
        <translation>Funnet: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="208"/>
        <source>Ended: {count}</source>
        <translation>Avsluttede: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="210"/>
        <source>Participants: {count}</source>
        <translation>Deltakere: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="270"/>
        <source>Photo removed: {name}</source>
        <translation>Bilde fjernet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="270"/>
        <source>Photo saved: {name}</source>
        <translation>Bilde lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="277"/>
        <source>Measure extended: {name}</source>
        <translation>Tiltak forlenget: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="280"/>
        <source>Measure ended: {name}</source>
        <translation>Tiltak avsluttet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="371"/>
        <source>Saved: {name}</source>
        <translation>Lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="384"/>
        <source>participant {name}</source>
        <translation>deltakeren {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="386"/>
        <source>a new participant</source>
        <translation>en ny deltaker</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="74"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="74"/>
        <source>Make the pages smaller</source>
        <translation>Gjør sidene mindre</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="77"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="77"/>
        <source>Make the pages larger</source>
        <translation>Gjør sidene større</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="80"/>
        <source>&amp;Fit width</source>
        <translation>Tilpass &amp;bredde</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="80"/>
        <source>Fit the pages to the window</source>
        <translation>Tilpass sidene til vinduet</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="89"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Lagre som…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="89"/>
        <source>Save a copy of the PDF</source>
        <translation>Lagre en kopi av PDF-en</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="91"/>
        <source>Print the document</source>
        <translation>Skriv ut dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="93"/>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="93"/>
        <source>Close the preview</source>
        <translation>Lukk forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="113"/>
        <source>Pages of {title}</source>
        <translation>Sidene i {title}</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="154"/>
        <source>The document could not be opened: {path}</source>
        <translation>Dokumentet kunne ikke åpnes: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="183"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="219"/>
        <location filename="../../ui/common/pdf_preview.py" line="237"/>
        <source>Save PDF as</source>
        <translation>Lagre PDF som</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="221"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="238"/>
        <source>The PDF could not be saved to {path}:
{error}</source>
        <translation>PDF-en kunne ikke lagres i {path}:
{error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="263"/>
        <source>Print {title}</source>
        <translation>Skriv ut {title}</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="274"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_preview.py" line="274"/>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="55"/>
        <source>Photo – {name}</source>
        <translation>Bilde – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="78"/>
        <source>Choose a picture…</source>
        <translation>Velg et bilde…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="80"/>
        <source>Choose a picture file (JPEG or PNG)</source>
        <translation>Velg en bildefil (JPEG eller PNG)</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="81"/>
        <source>Remove the photo</source>
        <translation>Fjern bildet</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="92"/>
        <source>The kiosk shows the first name and, with a yes, this photo. It is stored small and without the file&apos;s details (place, time, camera).</source>
        <translation>Kiosken viser fornavnet og, med samtykke, dette bildet. Bildet lagres i liten størrelse og uten filens detaljer (sted, tid, kamera).</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="101"/>
        <source>{name} says yes to showing the photo on the kiosk</source>
        <translation>{name} samtykker til at bildet vises på kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="110"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="114"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="133"/>
        <source>Choose a photo</source>
        <translation>Velg et bilde</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="136"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="149"/>
        <source>The picture file is too large.</source>
        <translation>Bildefilen er for stor.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="153"/>
        <source>This file could not be read.</source>
        <translation>Filen kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="157"/>
        <source>This file is not a picture we can read (use JPEG or PNG).</source>
        <translation>Filen er ikke et bilde programmet kan lese (bruk JPEG eller PNG).</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="176"/>
        <source>The photo</source>
        <translation>Bildet</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/photo.py" line="179"/>
        <location filename="../../ui/training/participants/photo.py" line="180"/>
        <source>No photo</source>
        <translation>Ikke noe bilde</translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="101"/>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="106"/>
        <source>From the competence &amp;framework</source>
        <translation>Fra kompetanse&amp;rammeverket</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="108"/>
        <source>A goal of &amp;our own</source>
        <translation>Et &amp;eget mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="116"/>
        <source>Kind of goal:</source>
        <translation>Type mål:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="120"/>
        <source>Type a part of the goal, e.g. hands</source>
        <translation>Skriv en del av målet, f.eks. hender</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="123"/>
        <source>F&amp;ind a goal:</source>
        <translation>&amp;Finn et mål:</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="125"/>
        <source>Find a goal</source>
        <translation>Finn et mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="144"/>
        <source>Framework goal</source>
        <translation>Mål fra rammeverket</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="149"/>
        <source>Written as a task one can watch, e.g. &apos;Fills the dishwasher&apos;</source>
        <translation>Skrevet som en oppgave man kan se, f.eks. «Fyller oppvaskmaskinen»</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="151"/>
        <source>Our own goal</source>
        <translation>Eget mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="155"/>
        <source>Target and work</source>
        <translation>Målnivå og arbeid</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="170"/>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="176"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="180"/>
        <source>E.g. the dishwasher station; setting out the salad bar</source>
        <translation>F.eks. oppvaskstasjonen; sette fram salatbaren</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="184"/>
        <source>Stations and tasks</source>
        <translation>Stasjoner og oppgaver</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="201"/>
        <source>local</source>
        <translation>lokalt</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="203"/>
        <source>retired</source>
        <translation>ikke i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="205"/>
        <source>in the plan already</source>
        <translation>står allerede i planen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="267"/>
        <source>Add a goal to the plan</source>
        <translation>Legg til et mål i planen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="281"/>
        <source>Change a goal of the plan</source>
        <translation>Endre et mål i planen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="302"/>
        <source>This goal has assessments, so it stays the same goal. To work on another goal, add that one and remove this one.</source>
        <translation>Målet har vurderinger og kan derfor ikke byttes ut. Vil du jobbe med et annet mål, legger du til det og fjerner dette.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="415"/>
        <source>Someone else changed this goal after you opened it.</source>
        <translation>En annen har endret målet etter at du åpnet det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="420"/>
        <source>Keep your version, use theirs, or go back to editing?</source>
        <translation>Vil du beholde din versjon, bruke den andres eller gå tilbake til skjemaet?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/goal_dialog.py" line="421"/>
        <source>Not saved yet: someone else changed this goal. Your changes are still here.</source>
        <translation>Ikke lagret ennå: en annen har endret målet. Endringene dine er her fortsatt.</translation>
    </message>
</context>
<context>
    <name>RecipeEditor</name>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="89"/>
        <source>Type part of the name…</source>
        <translation>Skriv en del av navnet…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="108"/>
        <location filename="../../ui/canteen/dishes/recipe.py" line="236"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="118"/>
        <source>Ingredient on line {number}</source>
        <translation>Råvare på linje {number}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="122"/>
        <source>Quantity on line {number}</source>
        <translation>Mengde på linje {number}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="126"/>
        <source>Remove line {number}</source>
        <translation>Fjern linje {number}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="151"/>
        <source>no price</source>
        <translation>ingen pris</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="190"/>
        <source>No ingredients yet.</source>
        <translation>Ingen råvarer ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="194"/>
        <source>Add ingredient</source>
        <translation>Legg til råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="206"/>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="208"/>
        <source>Quantity</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="212"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/recipe.py" line="214"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="78"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="82"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="85"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="90"/>
        <source>End reason</source>
        <translation>Sluttårsak</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="118"/>
        <source>A set time after a participant&apos;s measure ended, their personal data is to be removed. The participant&apos;s whole file is first archived to a PDF and a JSON file in a folder you choose; then their personal data is deleted, or anonymised (attendance and levels stay, without a name). Nothing is removed any other way, and every removal is logged.</source>
        <translation>En fastsatt tid etter at tiltaket til en deltaker er avsluttet, skal personopplysningene fjernes. Først arkiveres alle opplysningene om deltakeren i en PDF-fil og en JSON-fil i en mappe du velger. Deretter slettes personopplysningene, eller de anonymiseres (oppmøte og nivåer blir stående, uten navn). Ingenting fjernes på noen annen måte, og alt som fjernes, blir logget.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="131"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="136"/>
        <source>Participants due</source>
        <translation>Deltakere med utløpt oppbevaringstid</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="145"/>
        <source>Delete the personal data</source>
        <translation>Slett personopplysningene</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="147"/>
        <source>Anonymise: keep attendance and levels without a name</source>
        <translation>Anonymiser: behold oppmøte og nivåer uten navn</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="174"/>
        <source>Keep the data after a measure ended for</source>
        <translation>Oppbevar opplysningene etter tiltaksslutt i</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="178"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="179"/>
        <source>Months to keep the data after a measure ended</source>
        <translation>Antall måneder opplysningene oppbevares etter tiltaksslutt</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="184"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="185"/>
        <source>Save the retention time</source>
        <translation>Lagre oppbevaringstiden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/platform/retention/view.py" line="220"/>
        <source>Ended more than %n month(s) ago: {count}</source>
        <translation>
            <numerusform>Avsluttet for mer enn %n måned siden: {count}</numerusform>
            <numerusform>Avsluttet for mer enn %n måneder siden: {count}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="237"/>
        <source>Archive and delete…</source>
        <translation>Arkiver og slett…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="239"/>
        <source>Archive the chosen participant&apos;s file, then delete it</source>
        <translation>Arkiver opplysningene om valgt deltaker, og slett dem deretter</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="242"/>
        <source>Archive and anonymise…</source>
        <translation>Arkiver og anonymiser…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="244"/>
        <source>Archive the chosen participant&apos;s file, then anonymise it</source>
        <translation>Arkiver opplysningene om valgt deltaker, og anonymiser dem deretter</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="267"/>
        <source>Choose the folder for the archive</source>
        <translation>Velg mappen for arkivet</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="274"/>
        <source>Archive and delete?</source>
        <translation>Arkivere og slette?</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="276"/>
        <source>{name}&apos;s file is archived to {folder}, then {name} is deleted from the program with everything recorded about them: the register entry, the training plan, the assessments and the attendance. This cannot be undone.</source>
        <translation>Opplysningene om {name} arkiveres i {folder}. Deretter slettes {name} fra programmet med alt som er registrert om personen: deltakeropplysningene, opplæringsplanen, vurderingene og oppmøtet. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="280"/>
        <source>Archive and delete</source>
        <translation>Arkiver og slett</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="282"/>
        <source>Archive and anonymise?</source>
        <translation>Arkivere og anonymisere?</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="284"/>
        <source>{name}&apos;s file is archived to {folder}, then their name, contact details, support needs, photo and written notes are removed from the program. Attendance and levels stay, without a name. This cannot be undone.</source>
        <translation>Opplysningene om {name} arkiveres i {folder}. Deretter fjernes navn, kontaktopplysninger, tilretteleggingsbehov, bilde og skriftlige notater fra programmet. Oppmøte og nivåer blir stående, uten navn. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="288"/>
        <source>Archive and anonymise</source>
        <translation>Arkiver og anonymiser</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="298"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="328"/>
        <source>Archiving…</source>
        <translation>Arkiverer…</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="339"/>
        <source>{name}&apos;s file was archived to {pdf} and {json}, and {name} was deleted.</source>
        <translation>Opplysningene om {name} ble arkivert i {pdf} og {json}, og {name} ble slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="341"/>
        <source>{name}&apos;s file was archived to {pdf} and {json}, and the data was anonymised.</source>
        <translation>Opplysningene om {name} ble arkivert i {pdf} og {json}, og dataene ble anonymisert.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="354"/>
        <source>Nothing was deleted.</source>
        <translation>Ingenting ble slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="356"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/retention/view.py" line="361"/>
        <source>The archive could not be written: {error}</source>
        <translation>Arkivet kunne ikke skrives: {error}</translation>
    </message>
</context>
<context>
    <name>SaveCycleDialog</name>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="152"/>
        <source>Save weeks as a cycle</source>
        <translation>Lagre uker som rotasjonsmeny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="160"/>
        <source>For example: Autumn menu</source>
        <translation>For eksempel: Høstmeny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="168"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="170"/>
        <source>Number of &amp;weeks:</source>
        <translation>Antall &amp;uker:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="179"/>
        <source>Save cycle</source>
        <translation>Lagre rotasjonsmeny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="199"/>
        <source>The menus from {first} to {last} (weeks {from_week}–{to_week}) become the cycle&apos;s weeks 1 to {weeks}. Later changes to those weeks do not change the cycle.</source>
        <translation>Menyene fra {first} til {last} (uke {from_week}–{to_week}) blir uke 1 til {weeks} i rotasjonsmenyen. Senere endringer i disse ukene endrer ikke rotasjonsmenyen.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="140"/>
        <source>Self-assessment – {name}</source>
        <translation>Egenvurdering – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="189"/>
        <source>How well can you do this?</source>
        <translation>Hvor godt klarer du dette?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="218"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="218"/>
        <source>Stop the self-assessment</source>
        <translation>Stopp spørsmålene</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="241"/>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="241"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="243"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="243"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="245"/>
        <location filename="../../ui/training/plans/self_assessment.py" line="380"/>
        <source>✔ Save</source>
        <translation>✔ Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="245"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="264"/>
        <source>Thank you! Your answers are saved.</source>
        <translation>Takk! Svarene dine er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="273"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="308"/>
        <location filename="../../ui/training/plans/self_assessment.py" line="311"/>
        <source>Goal {number} of {total}</source>
        <translation>Spørsmål {number} av {total}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="349"/>
        <source>Choose an answer, then Save.</source>
        <translation>Velg et svar. Trykk så på Lagre.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="351"/>
        <source>Done? Press Save.</source>
        <translation>Ferdig? Trykk på Lagre.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="380"/>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="408"/>
        <source>Stop without saving?</source>
        <translation>Stoppe uten å lagre?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="409"/>
        <source>The answers given so far are not saved yet. Stop and lose them?</source>
        <translation>Svarene dine er ikke lagret ennå. Vil du stoppe og miste dem?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="411"/>
        <source>Stop and lose the answers</source>
        <translation>Stopp og mist svarene</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/self_assessment.py" line="412"/>
        <source>Go on answering</source>
        <translation>Svar videre</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="122"/>
        <source>Locking and login</source>
        <translation>Låsing og innlogging</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="124"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="124"/>
        <source>Idle time in seconds</source>
        <translation>Tid uten bruk, i sekunder</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="128"/>
        <source>Seconds without a touch or key press before the screen returns to the kiosk or to the login. Applies from the next login.</source>
        <translation>Antall sekunder uten trykk på skjermen eller tastaturet før skjermen går tilbake til kiosken eller innloggingen. Gjelder fra neste innlogging.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="133"/>
        <source>Lock after</source>
        <translation>Lås etter</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="135"/>
        <source>Lockout time in minutes</source>
        <translation>Låsetid i minutter</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="139"/>
        <source>How long an account stays locked after too many wrong PINs.</source>
        <translation>Hvor lenge en konto er låst etter for mange feil PIN-koder.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="141"/>
        <source>Lock an account for</source>
        <translation>Lås en konto i</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="143"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="145"/>
        <source>Save the locking settings</source>
        <translation>Lagre innstillingene for låsing</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="158"/>
        <source>This PC</source>
        <translation>Denne PC-en</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="162"/>
        <source>Language of the program on this PC</source>
        <translation>Språket i programmet på denne PC-en</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="171"/>
        <source>A new language is used the next time the program starts on this PC.</source>
        <translation>Nytt språk brukes neste gang programmet starter på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="178"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="187"/>
        <source>Guest categories on the kiosk</source>
        <translation>Gjestekategorier på kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="192"/>
        <source>Each active category is a button on the kiosk screen. Changes show there the next time the kiosk screen is opened. A retired category keeps the guests already counted in it.</source>
        <translation>Hver aktiv kategori er en knapp på kioskskjermen. Endringer vises der neste gang kioskskjermen åpnes. En kategori som er fjernet fra kiosken, beholder gjestene som allerede er telt i den.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="202"/>
        <source>Guest categories</source>
        <translation>Gjestekategorier</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="208"/>
        <location filename="../../ui/platform/settings/view.py" line="379"/>
        <source>Retire from the kiosk</source>
        <translation>Fjern fra kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="220"/>
        <source>Add a category</source>
        <translation>Legg til en kategori</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="224"/>
        <source>Norwegian name of the new category</source>
        <translation>Norsk navn på den nye kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="225"/>
        <source>e.g. Besøkende</source>
        <translation>f.eks. Besøkende</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="227"/>
        <source>Norwegian name</source>
        <translation>Norsk navn</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="230"/>
        <source>English name of the new category</source>
        <translation>Engelsk navn på den nye kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="231"/>
        <source>e.g. Visitor (the Norwegian name if empty)</source>
        <translation>f.eks. Visitor (det norske navnet brukes hvis tomt)</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="233"/>
        <source>English name</source>
        <translation>Engelsk navn</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="234"/>
        <source>Add category</source>
        <translation>Legg til kategori</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="309"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="317"/>
        <source>Not saved. See the marked fields.</source>
        <translation>Ikke lagret. Se feltene som er merket.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="330"/>
        <source>Could not save the choice: {error}</source>
        <translation>Kunne ikke lagre valget: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="334"/>
        <source>Saved: {language} from the next start.</source>
        <translation>Lagret: {language} fra neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="364"/>
        <source>{names} – default, always on the kiosk</source>
        <translation>{names} – standard, alltid på kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="366"/>
        <source>{names} – on the kiosk</source>
        <translation>{names} – på kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="367"/>
        <source>{names} – retired</source>
        <translation>{names} – ikke på kiosken</translation>
    </message>
    <message>
        <location filename="../../ui/platform/settings/view.py" line="377"/>
        <source>Put back on the kiosk</source>
        <translation>Sett tilbake på kiosken</translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="71"/>
        <source>Opening the database…</source>
        <translation>Åpner databasen…</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="132"/>
        <location filename="../../ui/canteen/statistics/view.py" line="462"/>
        <location filename="../../ui/canteen/statistics/view.py" line="491"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="169"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="171"/>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="172"/>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="173"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="174"/>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="175"/>
        <source>All data</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="176"/>
        <source>Custom</source>
        <translation>Egen periode</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="181"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="184"/>
        <source>First day of the period</source>
        <translation>Første dag i perioden</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="185"/>
        <source>Last day of the period</source>
        <translation>Siste dag i perioden</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="188"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="190"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="194"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="196"/>
        <source>Load the figures again</source>
        <translation>Hent tallene på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="198"/>
        <source>Load the figures again (F5)</source>
        <translation>Hent tallene på nytt (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="201"/>
        <source>Monthly report (PDF)…</source>
        <translation>Månedsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="203"/>
        <source>Make the monthly guest report as PDF</source>
        <translation>Lag månedsrapport for gjester som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="235"/>
        <location filename="../../ui/canteen/statistics/view.py" line="581"/>
        <location filename="../../ui/canteen/statistics/view.py" line="582"/>
        <source>Guests per day</source>
        <translation>Gjester per dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="238"/>
        <source>Per &amp;day</source>
        <translation>Per &amp;dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="240"/>
        <source>Per &amp;week</source>
        <translation>Per &amp;uke</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="285"/>
        <source>Chart of guests over the period</source>
        <translation>Diagram over gjester i perioden</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="318"/>
        <source>Guests per day and category</source>
        <translation>Gjester per dag og kategori</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="321"/>
        <source>Guests per day, newest first</source>
        <translation>Gjester per dag, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="335"/>
        <source>Average guests per weekday</source>
        <translation>Gjennomsnitt per ukedag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="348"/>
        <source>Average per open day</source>
        <translation>Gjennomsnitt per åpen dag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="369"/>
        <source>Chart of the average guests per weekday</source>
        <translation>Diagram over gjennomsnittlig antall gjester per ukedag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="548"/>
        <source>Total guests: {total}   ·   Open days: {days}   ·   Average per open day: {average}</source>
        <translation>Gjester totalt: {total}   ·   Åpne dager: {days}   ·   Gjennomsnitt per åpen dag: {average}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="556"/>
        <source>No guests were counted in this period.</source>
        <translation>Ingen gjester ble telt i denne perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="581"/>
        <location filename="../../ui/canteen/statistics/view.py" line="582"/>
        <source>Guests per week</source>
        <translation>Gjester per uke</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="597"/>
        <source>Average per open day ({average})</source>
        <translation>Gjennomsnitt per åpen dag ({average})</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="640"/>
        <source>wk {week}</source>
        <translation>uke {week}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="678"/>
        <source>{weekday}: never open in this period</source>
        <translation>{weekday}: aldri åpent i denne perioden</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="680"/>
        <source>{weekday}: {average} guests on average</source>
        <translation>{weekday}: {average} gjester i gjennomsnitt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/statistics/view.py" line="697"/>
        <source>{day}: %n guest(s)</source>
        <translation>
            <numerusform>{day}: %n gjest</numerusform>
            <numerusform>{day}: %n gjester</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/statistics/view.py" line="702"/>
        <source>Week {week}, {year}: %n guest(s); open days: {days}</source>
        <translation>
            <numerusform>Uke {week}, {year}: %n gjest; åpne dager: {days}</numerusform>
            <numerusform>Uke {week}, {year}: %n gjester; åpne dager: {days}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="752"/>
        <source>guest-report</source>
        <translation>gjesterapport</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="753"/>
        <source>Guest report {month}</source>
        <translation>Gjesterapport {month}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="786"/>
        <location filename="../../ui/canteen/statistics/view.py" line="792"/>
        <source>Monthly report</source>
        <translation>Månedsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="793"/>
        <source>The report could not be written: {error}</source>
        <translation>Rapporten kunne ikke lagres: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/statistics/view.py" line="770"/>
        <source>Making the monthly report…</source>
        <translation>Lager månedsrapporten…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="92"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="97"/>
        <source>Whose</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="101"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="107"/>
        <source>What was observed</source>
        <translation>Hva som ble observert</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="113"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="123"/>
        <source>Participant&apos;s own</source>
        <translation>Deltakeren selv</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="124"/>
        <source>Coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="129"/>
        <source>(self-assessment)</source>
        <translation>(egenvurdering)</translation>
    </message>
</context>
<context>
    <name>TodayMenuPanel</name>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="106"/>
        <source>Today&apos;s menu</source>
        <translation>Dagens meny</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="128"/>
        <source>▼ More below: drag the menu up</source>
        <translation>▼ Mer nedenfor: dra menyen opp</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="158"/>
        <source>Allergens: {words}</source>
        <translation>Allergener: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="160"/>
        <source>None of the 14 allergens</source>
        <translation>Ingen av de 14 allergenene</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="165"/>
        <source>May contain traces of: {words}</source>
        <translation>Kan inneholde spor av: {words}</translation>
    </message>
</context>
<context>
    <name>TrainingPlanWindow</name>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="184"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="199"/>
        <source>Goals and assessments</source>
        <translation>Mål og vurderinger</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="200"/>
        <source>Competence chart</source>
        <translation>Kompetansediagram</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="204"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="210"/>
        <source>Add a goal…</source>
        <translation>Legg til et mål…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="212"/>
        <source>Self-assessment…</source>
        <translation>Egenvurdering…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="214"/>
        <source>The participant answers for each goal on an easy-read screen</source>
        <translation>Deltakeren svarer for hvert mål på en lettlest skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="216"/>
        <source>Competence framework…</source>
        <translation>Kompetanserammeverk…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="229"/>
        <source>The plan&apos;s goals by competence area</source>
        <translation>Målene i planen etter kompetanseområde</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="233"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="234"/>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="235"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="236"/>
        <source>Coach&apos;s level</source>
        <translation>Jobbkonsulentens nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="237"/>
        <source>Own level</source>
        <translation>Eget nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="251"/>
        <source>Press Enter or double-click a goal to assess it.</source>
        <translation>Trykk Enter eller dobbeltklikk på et mål for å vurdere det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="275"/>
        <source>Assess…</source>
        <translation>Vurder…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="277"/>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="280"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="288"/>
        <source>The goal&apos;s assessments</source>
        <translation>Vurderingene av målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="385"/>
        <source>Not assessed yet (no bar for now): {areas}.</source>
        <translation>Ikke vurdert ennå (ingen søyle foreløpig): {areas}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="389"/>
        <source>Goals of our own are not in the chart ({count}).</source>
        <translation>Egne mål er ikke med i diagrammet ({count}).</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="391"/>
        <source>The chart shows the plan&apos;s goals from the framework; there are none yet.</source>
        <translation>Diagrammet viser målene i planen som er hentet fra kompetanserammeverket; det er ingen ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="396"/>
        <source>Training plan – {name}</source>
        <translation>Opplæringsplan – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="396"/>
        <source>Training plan</source>
        <translation>Opplæringsplan</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="403"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har ingen mål ennå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="406"/>
        <source>Goals: %n</source>
        <translation>
            <numerusform>Mål: %n</numerusform>
            <numerusform>Mål: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="408"/>
        <source>overdue: {count}</source>
        <translation>over fristen: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="410"/>
        <source>last assessment: {date}</source>
        <translation>siste vurdering: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="412"/>
        <source>not assessed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="456"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="458"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="460"/>
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="461"/>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="490"/>
        <source>Choose a goal above to see its assessments.</source>
        <translation>Velg et mål ovenfor for å se vurderingene.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="501"/>
        <source>Target: {level}, by {date}.</source>
        <translation>Målnivå: {level}, innen {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="503"/>
        <source>Target: {level} (no date set).</source>
        <translation>Målnivå: {level} (ingen dato satt).</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="506"/>
        <source>Not assessed yet.</source>
        <translation>Ikke vurdert ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="509"/>
        <source>At the start: {level}.</source>
        <translation>Ved start: {level}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="512"/>
        <source>Overdue: the target date has passed and the level is not reached.</source>
        <translation>Over fristen: måldatoen er passert, og nivået er ikke nådd.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="514"/>
        <source>Stations and tasks: {tasks}</source>
        <translation>Stasjoner og oppgaver: {tasks}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="516"/>
        <source>No stations or tasks written down yet.</source>
        <translation>Ingen stasjoner eller oppgaver er skrevet ned ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="546"/>
        <source>The goal is added.</source>
        <translation>Målet er lagt til.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="555"/>
        <source>The goal is saved.</source>
        <translation>Målet er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="563"/>
        <source>The assessment is saved.</source>
        <translation>Vurderingen er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="576"/>
        <source>The goal is removed from the plan.</source>
        <translation>Målet er fjernet fra planen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="584"/>
        <source>Remove this goal from the plan?</source>
        <translation>Fjerne målet fra planen?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="586"/>
        <source>Its assessments stay in the participant&apos;s history.</source>
        <translation>Vurderingene blir stående i deltakerens historikk.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="587"/>
        <source>Remove the goal</source>
        <translation>Fjern målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="588"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="614"/>
        <source>Self-assessment saved: %n answer(s).</source>
        <translation>
            <numerusform>Egenvurdering lagret: %n svar.</numerusform>
            <numerusform>Egenvurdering lagret: %n svar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/platform/users/view.py" line="42"/>
        <location filename="../../ui/platform/users/view.py" line="86"/>
        <location filename="../../ui/platform/users/view.py" line="95"/>
        <location filename="../../ui/platform/users/view.py" line="125"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="42"/>
        <location filename="../../ui/platform/users/view.py" line="88"/>
        <location filename="../../ui/platform/users/view.py" line="97"/>
        <location filename="../../ui/platform/users/view.py" line="127"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="61"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="75"/>
        <location filename="../../ui/platform/users/view.py" line="197"/>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="78"/>
        <source>Selected user:</source>
        <translation>Valgt bruker:</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="84"/>
        <source>Add a user</source>
        <translation>Legg til en bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="89"/>
        <location filename="../../ui/platform/users/view.py" line="98"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="90"/>
        <location filename="../../ui/platform/users/view.py" line="99"/>
        <location filename="../../ui/platform/users/view.py" line="120"/>
        <location filename="../../ui/platform/users/view.py" line="131"/>
        <source>Repeat the PIN</source>
        <translation>Gjenta PIN-koden</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="92"/>
        <source>Add user</source>
        <translation>Legg til bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="106"/>
        <source>Selected user</source>
        <translation>Valgt bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="108"/>
        <source>Name of the selected user</source>
        <translation>Navnet til valgt bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="110"/>
        <source>Role of the selected user</source>
        <translation>Rollen til valgt bruker</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="114"/>
        <source>Leave the PIN empty to keep it. A new PIN is for someone who forgot theirs; it also lifts a lock after wrong tries.</source>
        <translation>La PIN-feltet stå tomt for å beholde PIN-koden. Ny PIN-kode er for den som har glemt sin; den opphever også en sperre etter feil forsøk.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="122"/>
        <source>Save changes</source>
        <translation>Lagre endringene</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="250"/>
        <source>The changes to {name} are saved.</source>
        <translation>Endringene for {name} er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="119"/>
        <location filename="../../ui/platform/users/view.py" line="130"/>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="170"/>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="173"/>
        <source>Locked until {time} after wrong PINs</source>
        <translation>Låst til kl. {time} etter feil PIN-kode</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="174"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="197"/>
        <source>Reactivate</source>
        <translation>Aktiver igjen</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="205"/>
        <location filename="../../ui/platform/users/view.py" line="241"/>
        <source>The two PINs are not the same.</source>
        <translation>De to PIN-kodene er ikke like.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="213"/>
        <source>{name} was added.</source>
        <translation>{name} er lagt til.</translation>
    </message>
    <message>
        <location filename="../../ui/platform/users/view.py" line="250"/>
        <source>{name} has a new PIN.</source>
        <translation>{name} har fått ny PIN-kode.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="156"/>
        <source>Add dish…</source>
        <translation>Legg til rett…</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="159"/>
        <source>Add a dish to {day}</source>
        <translation>Legg til en rett – {day}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="174"/>
        <source>Closed: {reason}</source>
        <translation>Stengt: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="174"/>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="204"/>
        <source>⚠ No vegetarian main course</source>
        <translation>⚠ Ingen vegetarisk middag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="230"/>
        <source>⚠ Allergens not checked for a year</source>
        <translation>⚠ Allergenene er ikke kontrollert på et år</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/grid.py" line="242"/>
        <source>Remove {dish} from {day}</source>
        <translation>Fjern {dish} fra menyen, {day}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/shell/workspace.py" line="57"/>
        <source>Navigation</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="77"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="79"/>
        <source>Log in to leave the kiosk screen</source>
        <translation>Logg inn for å gå ut av kioskskjermen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="84"/>
        <source>Logged in: {name} ({role})</source>
        <translation>Logget inn: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="90"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="127"/>
        <source>{site} – {page}</source>
        <translation>{site} – {page}</translation>
    </message>
</context>
<context>
    <name>_MeasureDialog</name>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="90"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="152"/>
        <source>{name} · {measure} · from {start}, planned to end {end}</source>
        <translation>{name} · {measure} · fra {start}, planlagt slutt {end}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/lifecycle.py" line="191"/>
        <source>Someone else changed this participant meanwhile. Check the dates above and save again.</source>
        <translation>En annen har endret deltakeren i mellomtiden. Sjekk datoene ovenfor, og lagre på nytt.</translation>
    </message>
</context>
<context>
    <name>animal origin</name>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="31"/>
        <source>Meat</source>
        <translation>Kjøtt</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="32"/>
        <source>Fish</source>
        <translation>Fisk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="33"/>
        <source>Shellfish</source>
        <translation>Skalldyr</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="34"/>
        <source>Dairy</source>
        <translation>Melk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="35"/>
        <source>Egg</source>
        <translation>Egg</translation>
    </message>
</context>
<context>
    <name>courses</name>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="27"/>
        <location filename="../../ui/common/kitchen_words.py" line="21"/>
        <source>Main course</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="28"/>
        <location filename="../../ui/common/kitchen_words.py" line="22"/>
        <source>Vegetarian</source>
        <translation>Vegetar</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="29"/>
        <location filename="../../ui/common/kitchen_words.py" line="23"/>
        <source>Soup</source>
        <translation>Suppe</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="30"/>
        <location filename="../../ui/common/kitchen_words.py" line="24"/>
        <source>Salad</source>
        <translation>Salat</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="31"/>
        <location filename="../../ui/common/kitchen_words.py" line="25"/>
        <source>Dessert</source>
        <translation>Dessert</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="32"/>
        <location filename="../../ui/common/kitchen_words.py" line="26"/>
        <source>Bread and spreads</source>
        <translation>Brød og pålegg</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/kiosk/menu.py" line="33"/>
        <location filename="../../ui/common/kitchen_words.py" line="27"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/canteen/menus/dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>diet</name>
    <message>
        <location filename="../../ui/canteen/dishes/formatting.py" line="21"/>
        <source>Vegan</source>
        <translation>Vegansk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/dishes/formatting.py" line="23"/>
        <source>Vegetarian</source>
        <translation>Vegetarisk</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="62"/>
        <source>Vegan (and vegetarian)</source>
        <translation>Vegansk (og vegetarisk)</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="64"/>
        <source>Vegetarian, not vegan</source>
        <translation>Vegetarisk, ikke vegansk</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="65"/>
        <source>Neither vegetarian nor vegan</source>
        <translation>Verken vegetarisk eller vegansk</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../canteen_app/demo/__init__.py" line="52"/>
        <source>The database is not empty; demo data only goes into an empty one.</source>
        <translation>Databasen er ikke tom. Demodata kan bare legges inn i en tom database.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="30"/>
        <source>Please correct the marked fields.</source>
        <translation>Rett opp feltene som er merket.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="53"/>
        <source>This record was changed by someone else while you were editing it. Nothing was saved.</source>
        <translation>En annen endret dette mens du redigerte. Ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="70"/>
        <source>You do not have access to this.</source>
        <translation>Du har ikke tilgang til dette.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="79"/>
        <source>Wrong name or PIN. Tries left before the account locks: {attempts_left}.</source>
        <translation>Feil navn eller PIN-kode. Forsøk igjen før kontoen låses: {attempts_left}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="92"/>
        <source>Too many wrong tries. The account is locked; try again in {minutes} min.</source>
        <translation>For mange feil forsøk. Kontoen er låst. Prøv igjen om {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="104"/>
        <source>This database was made by a newer version of the program (schema {revision}). Update the program before opening it.</source>
        <translation>Denne databasen er laget av en nyere versjon av programmet (skjema {revision}). Oppdater programmet før du åpner den.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="115"/>
        <source>Cannot open the database: {detail}</source>
        <translation>Kan ikke åpne databasen: {detail}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="130"/>
        <source>The database is damaged or is not a database. Restore a backup (see the README).</source>
        <translation>Databasen er skadet eller er ikke en database. Gjenopprett fra en sikkerhetskopi (se README).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/errors.py" line="141"/>
        <source>The data folder {path} cannot be used: {reason}. Nothing can be saved there; ask whoever looks after this PC, or start with --db pointing at a database.</source>
        <translation>Datamappen {path} kan ikke brukes: {reason}. Ingenting kan lagres der. Spør den som har ansvar for denne PC-en, eller start med --db som peker på en database.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="133"/>
        <source>Choose a language from the list.</source>
        <translation>Velg et språk fra listen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="135"/>
        <source>Choose the job coach.</source>
        <translation>Velg jobbkonsulent.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/guests/service.py" line="86"/>
        <location filename="../../canteen_app/core/text_rules.py" line="38"/>
        <source>Use at most {max} characters.</source>
        <translation>Bruk høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/guests/service.py" line="81"/>
        <source>The name is required.</source>
        <translation>Navnet må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="148"/>
        <source>Choose the NAV measure from the list.</source>
        <translation>Velg NAV-tiltak fra listen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="171"/>
        <source>The start date is required.</source>
        <translation>Startdato må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="173"/>
        <source>The planned end date is required.</source>
        <translation>Planlagt slutt må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="180"/>
        <source>The planned end must be after the start date.</source>
        <translation>Planlagt slutt må være etter startdatoen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="131"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Dette ser ikke ut som en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="153"/>
        <source>Participation must be a whole number from 1 to 100 percent.</source>
        <translation>Deltakelsen må være et helt tall fra 1 til 100 prosent.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="166"/>
        <location filename="../../canteen_app/training/participants/rules.py" line="243"/>
        <location filename="../../canteen_app/training/participants/rules.py" line="262"/>
        <source>Choose a date from {first} to {last}.</source>
        <translation>Velg en dato fra {first} til {last}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="192"/>
        <source>Beyond the usual limit for {measure}, which ends {limit_end}. Check that NAV has approved an extension.</source>
        <translation>Dette er etter vanlig sluttdato for {measure}, som er {limit_end}. Sjekk at NAV har godkjent forlengelse.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="201"/>
        <source>Describe what helps at work (for example &apos;needs written step lists&apos;), not diagnoses.</source>
        <translation>Beskriv hva som hjelper på jobb (for eksempel «trenger oppgavene skrevet ned trinn for trinn»), ikke diagnoser.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="237"/>
        <source>This measure has ended; it cannot be extended.</source>
        <translation>Tiltaket er avsluttet og kan ikke forlenges.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="240"/>
        <source>The new end must be after the planned end.</source>
        <translation>Ny slutt må være etter planlagt slutt.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="257"/>
        <source>This measure has already ended.</source>
        <translation>Tiltaket er allerede avsluttet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="259"/>
        <source>The measure cannot end before it started.</source>
        <translation>Tiltaket kan ikke slutte før det startet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/rules.py" line="267"/>
        <source>Choose NAV&apos;s end reason.</source>
        <translation>Velg NAVs sluttårsak.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="70"/>
        <source>The first administrator already exists.</source>
        <translation>Den første administratoren finnes allerede.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="91"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Du kan ikke deaktivere deg selv.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="93"/>
        <location filename="../../canteen_app/platform/auth/service.py" line="132"/>
        <source>The last active administrator must stay.</source>
        <translation>Den siste aktive administratoren må bli.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="139"/>
        <source>This role needs a PIN of at least {min} digits: give a new PIN.</source>
        <translation>Denne rollen trenger en PIN-kode på minst {min} sifre: oppgi en ny PIN-kode.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="190"/>
        <source>This user was not found.</source>
        <translation>Fant ikke brukeren.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/service.py" line="235"/>
        <source>A user with this name already exists.</source>
        <translation>Det finnes allerede en bruker med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/service.py" line="51"/>
        <source>The restore failed ({detail}). The data from before is in {safety}.</source>
        <translation>Gjenopprettingen mislyktes ({detail}). Dataene fra før ligger i {safety}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/service.py" line="63"/>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation>Gjenopprettingen ble avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/service.py" line="135"/>
        <source>An in-memory database cannot be backed up.</source>
        <translation>En database som bare ligger i minnet, kan ikke sikkerhetskopieres.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/postgresql.py" line="51"/>
        <source>{tool} was not found. Install the PostgreSQL client tools.</source>
        <translation>Fant ikke {tool}. Installer klientverktøyene for PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/postgresql.py" line="60"/>
        <source>The backup failed: {detail}</source>
        <translation>Sikkerhetskopieringen mislyktes: {detail}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/postgresql.py" line="69"/>
        <location filename="../../canteen_app/platform/backup/service.py" line="200"/>
        <location filename="../../canteen_app/platform/backup/sqlite.py" line="50"/>
        <source>The backup file was not found: {path}</source>
        <translation>Fant ikke sikkerhetskopien: {path}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/postgresql.py" line="126"/>
        <source>The restore failed: {detail}</source>
        <translation>Gjenopprettingen mislyktes: {detail}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/postgresql.py" line="155"/>
        <location filename="../../canteen_app/platform/backup/sqlite.py" line="124"/>
        <source>This file is not a backup of the canteen database: {path}</source>
        <translation>Denne filen er ikke en sikkerhetskopi av kantinedatabasen: {path}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/guests/service.py" line="28"/>
        <source>This guest category is no longer in use. Ask the canteen manager to check the kiosk.</source>
        <translation>Denne gjestekategorien er ikke lenger i bruk. Be kantinelederen sjekke kiosken.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/guests/service.py" line="74"/>
        <source>The default category cannot be retired.</source>
        <translation>Standardkategorien kan ikke fjernes fra kiosken.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/guests/service.py" line="96"/>
        <source>A category with this name already exists.</source>
        <translation>Det finnes allerede en kategori med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/service.py" line="578"/>
        <source>Choose an active job coach.</source>
        <translation>Velg en aktiv jobbkonsulent.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/service.py" line="586"/>
        <source>This participant was not found. The record may have been removed.</source>
        <translation>Fant ikke deltakeren. Opplysningene kan ha blitt fjernet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/settings/service.py" line="60"/>
        <source>Choose a value from {low} to {high}.</source>
        <translation>Velg en verdi fra {low} til {high}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/sites/service.py" line="18"/>
        <source>The canteen (site) was not found.</source>
        <translation>Fant ikke kantinen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/sites/service.py" line="26"/>
        <source>No canteen (site) has the code {code}.</source>
        <translation>Ingen kantine har koden {code}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/files.py" line="113"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>Mappen {path} finnes ikke. Velg en mappe som finnes.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/files.py" line="118"/>
        <source>{path} is not a file (it is a folder or a device). Choose a file name.</source>
        <translation>{path} er ikke en fil (det er en mappe eller en enhet). Velg et filnavn.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/files.py" line="129"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/text_rules.py" line="36"/>
        <source>This field is required.</source>
        <translation>Dette feltet må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/text_rules.py" line="45"/>
        <source>Type letters or digits; this holds only invisible characters.</source>
        <translation>Skriv bokstaver eller sifre; feltet inneholder bare usynlige tegn.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/text_rules.py" line="53"/>
        <source>Remove the hidden text-direction characters (they can disguise what is written).</source>
        <translation>Fjern de skjulte tekstretningstegnene (de kan skjule hva som faktisk står).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/text_rules.py" line="59"/>
        <source>This contains a broken character. Type it again.</source>
        <translation>Teksten inneholder et ødelagt tegn. Skriv den på nytt.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/core/text_rules.py" line="61"/>
        <source>Remove the control characters (such as line breaks).</source>
        <translation>Fjern kontrolltegnene (for eksempel linjeskift).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/rules.py" line="29"/>
        <source>A PIN is made of the digits 0-9 only.</source>
        <translation>En PIN-kode består bare av sifrene 0–9.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/auth/rules.py" line="32"/>
        <source>The PIN must have {min} to {max} digits.</source>
        <translation>PIN-koden må ha {min} til {max} sifre.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/cli/users.py" line="43"/>
        <source>The two PINs are not the same. Nothing was saved.</source>
        <translation>De to PIN-kodene er ikke like. Ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/audit/rules.py" line="59"/>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="53"/>
        <source>The last day is before the first day.</source>
        <translation>Siste dag er før første dag.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/schema.py" line="14"/>
        <source>This backup was made by a newer version of the program (schema {revision}). Update the program before restoring it.</source>
        <translation>Denne sikkerhetskopien er laget av en nyere versjon av programmet (skjema {revision}). Oppdater programmet før du gjenoppretter den.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/backup/sqlite.py" line="86"/>
        <source>The backup file is damaged and cannot be restored: {path}</source>
        <translation>Sikkerhetskopien er skadet og kan ikke gjenopprettes: {path}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/calendar/rules.py" line="68"/>
        <location filename="../../canteen_app/training/plans/rules.py" line="55"/>
        <location filename="../../canteen_app/training/plans/rules.py" line="76"/>
        <source>Choose a date between 1990 and 2100.</source>
        <translation>Velg en dato mellom 1990 og 2100.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/calendar/rules.py" line="71"/>
        <location filename="../../canteen_app/canteen/menus/rules.py" line="76"/>
        <source>The last day cannot be before the first day.</source>
        <translation>Siste dag kan ikke være før første dag.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/calendar/rules.py" line="74"/>
        <source>A closure can last at most a year.</source>
        <translation>En stenging kan vare høyst ett år.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/calendar/service.py" line="60"/>
        <source>This overlaps the closure &apos;{reason}&apos; ({first} – {last}).</source>
        <translation>Dette overlapper stengingen «{reason}» ({first} – {last}).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/calendar/service.py" line="82"/>
        <source>This closure no longer exists.</source>
        <translation>Denne stengingen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="147"/>
        <source>Choose a course.</source>
        <translation>Velg en kategori.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="163"/>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="184"/>
        <source>Type a number, for example 2,5.</source>
        <translation>Skriv et tall, for eksempel 2,5.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="167"/>
        <source>The number must be between 0 and {max}.</source>
        <translation>Tallet må være mellom 0 og {max}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="171"/>
        <source>Use at most {places} decimals.</source>
        <translation>Bruk høyst {places} desimaler.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="181"/>
        <source>Type a whole number of portions from 1 to {max}.</source>
        <translation>Skriv et helt antall porsjoner fra 1 til {max}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="194"/>
        <source>An ingredient is listed twice; add up its lines.</source>
        <translation>En råvare står to ganger; slå sammen linjene.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/rules.py" line="202"/>
        <source>Every recipe line needs a quantity above zero.</source>
        <translation>Hver linje i oppskriften må ha en mengde over null.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/service.py" line="38"/>
        <location filename="../../canteen_app/canteen/menus/service.py" line="105"/>
        <source>This dish no longer exists.</source>
        <translation>Denne retten finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/service.py" line="155"/>
        <source>Menus use this dish; retire it instead.</source>
        <translation>Retten brukes i menyer; ta den ut av bruk i stedet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/service.py" line="194"/>
        <source>An ingredient on the recipe no longer exists.</source>
        <translation>En råvare i oppskriften finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/service.py" line="200"/>
        <location filename="../../ui/canteen/dishes/dialog.py" line="55"/>
        <source>A vegetarian main cannot contain {ingredients}.</source>
        <translation>En vegetarisk middag kan ikke inneholde {ingredients}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/dishes/service.py" line="204"/>
        <source>A dish with this name already exists.</source>
        <translation>Det finnes allerede en rett med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="195"/>
        <source>&apos;{code}&apos; is not one of the 14 allergens.</source>
        <translation>«{code}» er ikke ett av de 14 allergenene.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="202"/>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="226"/>
        <source>&apos;{code}&apos;: {allergen} has no kinds to name.</source>
        <translation>«{code}»: for {allergen} skal det ikke angis noen type.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="212"/>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="234"/>
        <source>&apos;{code}&apos;: the kind must be one of {kinds}.</source>
        <translation>«{code}»: typen må være en av disse: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="243"/>
        <source>Name the grain: a bare &apos;gluten&apos; is not enough (hvete, rug, bygg, havre, spelt, korasanhvete).</source>
        <translation>Angi kornslaget: bare «gluten» er ikke nok (hvete, rug, bygg, havre, spelt, korasanhvete).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/allergens.py" line="250"/>
        <source>Name the nut: a bare &apos;nøtter&apos; is not enough (mandel, hasselnøtt, valnøtt, kasjunøtt, pekannøtt, paranøtt, pistasienøtt, macadamianøtt).</source>
        <translation>Angi nøttesorten: bare «nøtter» er ikke nok (mandel, hasselnøtt, valnøtt, kasjunøtt, pekannøtt, paranøtt, pistasienøtt, macadamianøtt).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="134"/>
        <source>An item number needs its supplier.</source>
        <translation>Et varenummer krever at leverandøren er fylt ut.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="137"/>
        <source>The check date cannot be in the future.</source>
        <translation>Kontrolldatoen kan ikke være fram i tid.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="159"/>
        <source>The unit must be one of g, kg, ml, l, stk.</source>
        <translation>Enheten må være g, kg, ml, l eller stk.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="187"/>
        <source>The number must be above zero.</source>
        <translation>Tallet må være over null.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="190"/>
        <source>The number must be at most {max}.</source>
        <translation>Tallet kan være høyst {max}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="193"/>
        <source>Use at most three decimals.</source>
        <translation>Bruk høyst tre desimaler.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/rules.py" line="216"/>
        <source>It contains {allergens}, so its animal origin must include {origins}.</source>
        <translation>Den inneholder {allergens}, så animalsk opprinnelse må omfatte {origins}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="48"/>
        <source>This ingredient no longer exists.</source>
        <translation>Denne råvaren finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="143"/>
        <source>Dishes use this ingredient; remove it from them first.</source>
        <translation>Råvaren brukes i retter; fjern den fra dem først.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="204"/>
        <source>&apos;{name}&apos; is also on row {row}.</source>
        <translation>«{name}» står også på rad {row}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="208"/>
        <source>{supplier}&apos;s item &apos;{item}&apos; is also on row {row}.</source>
        <translation>Varenummer «{item}» fra {supplier} står også på rad {row}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="227"/>
        <source>{supplier}&apos;s item &apos;{item}&apos; is &apos;{stored}&apos;; another ingredient is already called &apos;{name}&apos;.</source>
        <translation>Varenummer «{item}» fra {supplier} er «{stored}»; en annen råvare heter allerede «{name}».</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="246"/>
        <source>row {row} is the same ingredient (&apos;{name}&apos;).</source>
        <translation>rad {row} er den samme råvaren («{name}»).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="303"/>
        <source>An ingredient with this name already exists.</source>
        <translation>Det finnes allerede en råvare med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/service.py" line="307"/>
        <source>Another ingredient has this supplier&apos;s item number.</source>
        <translation>En annen råvare har allerede dette varenummeret fra leverandøren.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="87"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke lese {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="103"/>
        <source>The file is not a readable CSV file (line {line}: {reason}).</source>
        <translation>Filen er ikke en lesbar CSV-fil (linje {line}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="119"/>
        <source>{path} is not an XLSX workbook.</source>
        <translation>{path} er ikke en XLSX-arbeidsbok.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="141"/>
        <source>The file is not text. Save it as CSV UTF-8 and try again.</source>
        <translation>Filen er ikke tekst. Lagre den som CSV UTF-8, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="165"/>
        <source>The first row must name the columns: {columns}.</source>
        <translation>Første rad må inneholde navnene på kolonnene: {columns}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="180"/>
        <source>values outside the named columns: {values}</source>
        <translation>verdier utenfor de navngitte kolonnene: {values}</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="201"/>
        <source>The column &apos;{column}&apos; is named twice in the first row.</source>
        <translation>Kolonnen «{column}» står to ganger i første rad.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="211"/>
        <source>The first row lacks the column(s) {missing}. The columns are: {columns}.</source>
        <translation>Første rad mangler kolonnen(e) {missing}. Kolonnene er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="219"/>
        <source>The first row names unknown column(s) {unknown}. The columns are: {columns}.</source>
        <translation>Første rad har ukjente kolonnenavn: {unknown}. Kolonnene er: {columns}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="240"/>
        <source>&apos;{unit}&apos; is not a unit; use one of {units}.</source>
        <translation>«{unit}» er ikke en enhet; bruk en av {units}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="242"/>
        <source>no unit; use one of {units}.</source>
        <translation>ingen enhet; bruk en av {units}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="250"/>
        <source>&apos;{value}&apos; is not a number; write it as 2.5 or 2,5.</source>
        <translation>«{value}» er ikke et tall; skriv det som 2,5 eller 2.5.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="285"/>
        <source>&apos;{value}&apos; is not an animal origin; use {origins}.</source>
        <translation>«{value}» er ikke en animalsk opprinnelse; bruk {origins}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="304"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/ingredients/transfer.py" line="410"/>
        <source>{path}: use a .csv or .xlsx file.</source>
        <translation>{path}: bruk en .csv- eller .xlsx-fil.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/rules.py" line="81"/>
        <source>Apply a cycle to at most three years at a time.</source>
        <translation>Bruk en rotasjonsmeny på høyst tre år om gangen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="48"/>
        <source>This dish is already on that day&apos;s menu.</source>
        <translation>Denne retten står allerede på menyen den dagen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="172"/>
        <source>A cycle has from 1 to {max} weeks of five weekdays.</source>
        <translation>En rotasjonsmeny har fra 1 til {max} uker med fem ukedager.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="179"/>
        <source>A cycle with this name already exists.</source>
        <translation>Det finnes allerede en rotasjonsmeny med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="222"/>
        <source>Choose a week from 1 to {weeks}.</source>
        <translation>Velg en uke fra 1 til {weeks}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="345"/>
        <source>The canteen serves Monday to Friday.</source>
        <translation>Kantinen serverer mandag til fredag.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="351"/>
        <source>The canteen is closed that day: {reason}.</source>
        <translation>Kantinen er stengt den dagen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/canteen/menus/service.py" line="397"/>
        <source>This menu cycle no longer exists.</source>
        <translation>Denne rotasjonsmenyen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/platform/retention/service.py" line="66"/>
        <source>This participant is not due: their measure has not ended, or ended less than the retention time ago. Nothing was archived or deleted.</source>
        <translation>Oppbevaringstiden for deltakeren er ikke ute: tiltaket er ikke avsluttet, eller det ble avsluttet for kortere tid siden enn oppbevaringstiden. Ingenting ble arkivert eller slettet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/rules.py" line="51"/>
        <source>Attendance cannot be registered ahead of the day.</source>
        <translation>Oppmøte kan ikke registreres på forhånd.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/rules.py" line="56"/>
        <source>Type the hours worked, above 0 and at most {max}.</source>
        <translation>Skriv inn timene som er jobbet, over 0 og høyst {max}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/rules.py" line="60"/>
        <source>Round the hours to a quarter (0,25).</source>
        <translation>Rund av timene til nærmeste kvarter (0,25).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/rules.py" line="62"/>
        <source>An absent day has no hours.</source>
        <translation>En fraværsdag har ingen timer.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/service.py" line="41"/>
        <source>This person cannot check in today. Ask the job coach.</source>
        <translation>Denne personen kan ikke sjekke inn i dag. Spør jobbkonsulenten.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/service.py" line="128"/>
        <source>This day does not count: the canteen is closed or the measure does not run.</source>
        <translation>Denne dagen telles ikke: kantinen er stengt, eller tiltaket pågår ikke.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/competence/rules.py" line="40"/>
        <source>Choose one of the twelve areas.</source>
        <translation>Velg ett av de tolv kompetanseområdene.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/competence/service.py" line="64"/>
        <source>This competence area was not found.</source>
        <translation>Fant ikke kompetanseområdet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/competence/service.py" line="90"/>
        <source>This competence goal was not found.</source>
        <translation>Fant ikke kompetansemålet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="28"/>
        <source>The measure has not ended; a final report is made after it ends.</source>
        <translation>Tiltaket er ikke avsluttet; sluttrapporten lages etter at det er avsluttet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/photo.py" line="21"/>
        <source>The picture file is too large.</source>
        <translation>Bildefilen er for stor.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/photo.py" line="33"/>
        <source>This file is not a picture we can read (use JPEG or PNG).</source>
        <translation>Filen er ikke et bilde programmet kan lese (bruk JPEG eller PNG).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/rules.py" line="44"/>
        <source>Choose a goal from the framework, or write a goal of your own.</source>
        <translation>Velg et mål fra kompetanserammeverket, eller skriv et eget mål.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/rules.py" line="53"/>
        <location filename="../../canteen_app/training/plans/rules.py" line="70"/>
        <source>Choose a level from 1 to 4.</source>
        <translation>Velg et nivå fra 1 til 4.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/rules.py" line="73"/>
        <source>An assessment cannot be dated in the future.</source>
        <translation>En vurdering kan ikke ha dato fram i tid.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/rules.py" line="80"/>
        <source>Write what you observed, and on which task.</source>
        <translation>Skriv hva du observerte, og ved hvilken oppgave.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/service.py" line="46"/>
        <source>This goal is no longer in the plan.</source>
        <translation>Målet står ikke lenger i planen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/service.py" line="273"/>
        <source>This goal has assessments; remove it and add the new goal instead.</source>
        <translation>Målet har vurderinger; fjern det, og legg til det nye målet i stedet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/service.py" line="398"/>
        <source>This goal is retired; choose another.</source>
        <translation>Målet er tatt ut av bruk; velg et annet.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="21"/>
        <source>Week menu (A4)</source>
        <translation>Ukemeny (A4)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="22"/>
        <source>Allergen poster (A3)</source>
        <translation>Allergenplakat (A3)</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="48"/>
        <source>Week {number}, {year} ({first} – {last})</source>
        <translation>Uke {number}, {year} ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="57"/>
        <source>{amount} kr</source>
        <translation>{amount} kr</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="67"/>
        <source>Allergens: {words}</source>
        <translation>Allergener: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="69"/>
        <source>No allergens</source>
        <translation>Ingen allergener</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="72"/>
        <source>May contain: {words}</source>
        <translation>Kan inneholde: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="94"/>
        <source>No vegetarian main course: {days}.</source>
        <translation>Ingen vegetarisk middag: {days}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="101"/>
        <source>Allergen data not checked for twelve months: {dishes}.</source>
        <translation>Allergenopplysningene er ikke kontrollert på tolv måneder: {dishes}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="113"/>
        <source>week {number}</source>
        <translation>uke {number}</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="124"/>
        <source>Norwegian and English</source>
        <translation>norsk og engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="126"/>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="128"/>
        <source>{document}, {range}, {languages}: printed {when} by {name}.</source>
        <translation>{document}, {range}, {languages}: skrevet ut {when} av {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/menus/texts.py" line="138"/>
        <source>Out of date: the menu or its allergens changed since. Print again.</source>
        <translation>Utdatert: menyen eller allergenene er endret siden. Skriv ut på nytt.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="73"/>
        <source>{amount} kr</source>
        <translation>{amount} kr</translation>
    </message>
    <message>
        <location filename="../../ui/canteen/ingredients/formatting.py" line="86"/>
        <source>{amount} kr/{unit}</source>
        <translation>{amount} kr/{unit}</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="33"/>
        <source>up to 1 year, +6 months for reduced work capacity</source>
        <translation>inntil 1 år, +6 måneder ved nedsatt arbeidsevne</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="38"/>
        <source>up to 1 year, +1 year towards formal competence</source>
        <translation>inntil 1 år, +1 år mot formell kompetanse</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="43"/>
        <source>no time limit; reviewed with half-yearly reports</source>
        <translation>ingen tidsgrense; vurderes med rapport hvert halvår</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="48"/>
        <source>up to 6 months +6; up to 3 years for reduced work capacity</source>
        <translation>inntil 6 måneder +6; inntil 3 år ved nedsatt arbeidsevne</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="53"/>
        <source>up to 2 years, +1 year exceptionally</source>
        <translation>inntil 2 år, +1 år i særlige tilfeller</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="58"/>
        <source>per individual plan, typically up to 2-3 years</source>
        <translation>etter individuell plan, vanligvis inntil 2–3 år</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="75"/>
        <source>Got a job</source>
        <translation>Fikk jobb</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="76"/>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="77"/>
        <source>Ill</source>
        <translation>Syk</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="78"/>
        <source>Needs other support</source>
        <translation>Trenger annen bistand</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="79"/>
        <source>Did not attend</source>
        <translation>Møtte ikke</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/nav.py" line="80"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/shell/pages.py" line="50"/>
        <source>Guest counter</source>
        <translation>Gjesteteller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="57"/>
        <source>Guest statistics</source>
        <translation>Gjestestatistikk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="64"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="71"/>
        <source>Dishes</source>
        <translation>Retter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="78"/>
        <source>Ingredients</source>
        <translation>Råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="85"/>
        <source>Canteen calendar</source>
        <translation>Kantinekalender</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="92"/>
        <source>My overview</source>
        <translation>Min oversikt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="99"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="106"/>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="113"/>
        <source>Audit log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="120"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="127"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="134"/>
        <source>Backup and restore</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="141"/>
        <source>Retention</source>
        <translation>Sletting og arkiv</translation>
    </message>
</context>
<context>
    <name>participantActions</name>
    <message>
        <location filename="../../ui/shell/pages.py" line="156"/>
        <source>Training plan…</source>
        <translation>Opplæringsplan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="162"/>
        <source>Attendance…</source>
        <translation>Oppmøte…</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../ui/training/plans/words.py" line="57"/>
        <source>Our own goals</source>
        <translation>Egne mål</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="87"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="88"/>
        <source>canteen manager</source>
        <translation>kantineleder</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="89"/>
        <source>job coach</source>
        <translation>jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="90"/>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ui/shell/workspace.py" line="168"/>
        <source>Canteen</source>
        <translation>Kantine</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="169"/>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="170"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/shell/app.py" line="242"/>
        <source>The program cannot start</source>
        <translation>Programmet kan ikke starte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="258"/>
        <source>The data folder cannot be used</source>
        <translation>Datamappen kan ikke brukes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="213"/>
        <source>Adding demo data…</source>
        <translation>Legger inn demodata…</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="31"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="32"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="33"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="34"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../ui/common/kitchen_words.py" line="35"/>
        <source>pcs</source>
        <translation>stk</translation>
    </message>
</context>
</TS>
