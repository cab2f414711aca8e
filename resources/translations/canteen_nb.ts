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
        <location filename="../../ui/training/attendance/dialog.py" line="119"/>
        <source>Attendance – {name}</source>
        <translation>Oppmøte – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="129"/>
        <source>Counted days of the month</source>
        <translation>Dager som telles i måneden</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="132"/>
        <source>Days the canteen was open and the measure ran. Choose a day to register or correct it.</source>
        <translation>Dager da kantinen var åpen og tiltaket pågikk. Velg en dag for å registrere eller rette den.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="139"/>
        <source>No day counts in this month (the measure did not run).</source>
        <translation>Ingen dager telles i denne måneden (tiltaket pågikk ikke).</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="159"/>
        <source>Month as PDF…</source>
        <translation>Måneden som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="162"/>
        <source>Month as CSV…</source>
        <translation>Måneden som CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="167"/>
        <source>The month&apos;s counted days and totals, for NAV; never an absence reason</source>
        <translation>Dagene som telles i måneden, og summene, for NAV; aldri fraværsårsaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="169"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="182"/>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="184"/>
        <source>Show the previous month</source>
        <translation>Vis forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="191"/>
        <source>Next month ▶</source>
        <translation>Neste måned ▶</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="192"/>
        <source>Show the next month</source>
        <translation>Vis neste måned</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="209"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="211"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="219"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="225"/>
        <source>E.g. &apos;doctor&apos;s appointment&apos; – seen by job coaches only</source>
        <translation>F.eks. «legetime» – bare jobbkonsulenter ser dette</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="227"/>
        <source>Never printed, never shown to anyone but job coaches.</source>
        <translation>Skrives aldri ut og vises aldri for andre enn jobbkonsulenter.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="229"/>
        <source>Absence reason</source>
        <translation>Fraværsårsak</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="234"/>
        <source>Why the registered day is changed</source>
        <translation>Hvorfor den registrerte dagen endres</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="235"/>
        <source>Reason for the correction</source>
        <translation>Årsak til rettingen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="265"/>
        <location filename="../../ui/training/attendance/dialog.py" line="667"/>
        <source>Save the day</source>
        <translation>Lagre dagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="367"/>
        <source>Present: %n day(s), {hours} hours</source>
        <translation>
            <numerusform>Til stede: %n dag, {hours} timer</numerusform>
            <numerusform>Til stede: %n dager, {hours} timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="370"/>
        <source>Excused absence: %n day(s)</source>
        <translation>
            <numerusform>Gyldig fravær: %n dag</numerusform>
            <numerusform>Gyldig fravær: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="371"/>
        <source>Unexcused absence: %n day(s)</source>
        <translation>
            <numerusform>Ugyldig fravær: %n dag</numerusform>
            <numerusform>Ugyldig fravær: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="372"/>
        <source>Not registered: %n day(s)</source>
        <translation>
            <numerusform>Ikke registrert: %n dag</numerusform>
            <numerusform>Ikke registrert: %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="373"/>
        <source>Attendance rate: {rate}</source>
        <translation>Oppmøteprosent: {rate}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="404"/>
        <source>Save the month as PDF</source>
        <translation>Lagre måneden som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="404"/>
        <source>Save the month as CSV</source>
        <translation>Lagre måneden som CSV</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="406"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="406"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="425"/>
        <source>Saved: {path}</source>
        <translation>Lagret: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="427"/>
        <source>Attendance {month} – {name}</source>
        <translation>Oppmøte {month} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="440"/>
        <source>Writing the month…</source>
        <translation>Lagrer måneden…</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="453"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Avbrutt: ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="458"/>
        <source>The file could not be written: {error}</source>
        <translation>Filen kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="484"/>
        <source>Choose a day in the list to register or correct it</source>
        <translation>Velg en dag i listen for å registrere eller rette den</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="490"/>
        <location filename="../../ui/training/attendance/dialog.py" line="644"/>
        <source>Correct the registered day</source>
        <translation>Rett den registrerte dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="490"/>
        <location filename="../../ui/training/attendance/dialog.py" line="644"/>
        <source>Register the day</source>
        <translation>Registrer dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="513"/>
        <source>This day was changed meanwhile. Your typing is kept; saving asks which version to keep.</source>
        <translation>Denne dagen er endret i mellomtiden. Det du har skrevet, er tatt vare på; når du lagrer, blir du spurt om hvilken versjon som skal beholdes.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="570"/>
        <source>Saved: {day}</source>
        <translation>Lagret: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="598"/>
        <source>Changed by someone else</source>
        <translation>Endret av en annen</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="599"/>
        <source>{day} was changed after you opened it. Which version should be kept?</source>
        <translation>{day} ble endret etter at du åpnet den. Hvilken versjon skal beholdes?</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="602"/>
        <source>Their version: {theirs}
Your version: {mine}</source>
        <translation>Den andres versjon: {theirs}
Din versjon: {mine}</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="608"/>
        <source>Keep my version</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="611"/>
        <source>Use their version</source>
        <translation>Bruk den andres versjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="615"/>
        <source>Go back to editing</source>
        <translation>Tilbake til skjemaet</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="629"/>
        <source>Not saved. Your changes are still in the form; saving asks again.</source>
        <translation>Ikke lagret. Endringene dine står fortsatt i skjemaet; du blir spurt på nytt når du lagrer.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="651"/>
        <source>Their version is in the form now. Your changes were not saved.</source>
        <translation>Den andres versjon står nå i skjemaet. Endringene dine ble ikke lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="659"/>
        <source>{status}, {hours} hours</source>
        <translation>{status}, {hours} timer</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="661"/>
        <source>{status} ({reason})</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/training/attendance/dialog.py" line="667"/>
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
    <name>CandidatesDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="182"/>
        <source>Closest to ready – {position}</source>
        <translation>Nærmest klar – {position}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="186"/>
        <source>Participants, closest to ready first</source>
        <translation>Deltakere, de som er nærmest klar, først</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="190"/>
        <source>The participants whose latest assessed levels meet the most of what {position} at {company} needs; on a tie, the one with the least missing comes first. Participants with no assessment of these competences are not listed.</source>
        <translation>Deltakerne med siste vurderte nivåer som oppfyller flest av kravene til {position} hos {company}. Ved likt antall kommer den som mangler minst, først. Deltakere som ikke er vurdert i denne kompetansen, vises ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="195"/>
        <source>Choose a participant to see which needs are met.</source>
        <translation>Velg en deltaker for å se hvilke krav som er oppfylt.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="214"/>
        <source>No participant has an assessed level in these competences yet.</source>
        <translation>Ingen deltakere er vurdert i denne kompetansen ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="229"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="241"/>
        <source>Course or certificate</source>
        <translation>Kurs eller kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="245"/>
        <source>New certificate</source>
        <translation>Nytt kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="247"/>
        <source>Certificate – {name}</source>
        <translation>Kursbevis – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="253"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="253"/>
        <source>E.g. Hygienekurs</source>
        <translation>F.eks. Hygienekurs</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="256"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="258"/>
        <source>Issued by</source>
        <translation>Utstedt av</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="258"/>
        <source>E.g. Mattilsynets e-læring</source>
        <translation>F.eks. Mattilsynets e-læring</translation>
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
        <location filename="../../ui/training/checkin/view.py" line="148"/>
        <source>Nobody can check in today.</source>
        <translation>Ingen kan sjekke inn i dag.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="275"/>
        <source>{name}: saving</source>
        <translation>{name}: lagrer</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="302"/>
        <source>{name}, you have already checked out today.</source>
        <translation>{name}, du har allerede sjekket ut i dag.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="306"/>
        <source>You are checked in, {name} ✓</source>
        <translation>Du er sjekket inn, {name} ✓</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="308"/>
        <source>Welcome, {name}!</source>
        <translation>Velkommen, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="319"/>
        <source>Not saved. Check the network or database and tap again.</source>
        <translation>Ikke lagret. Sjekk nettverket eller databasen, og trykk igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="338"/>
        <source>Out</source>
        <translation>Gått</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="338"/>
        <source>{name}: checked out today</source>
        <translation>{name}: sjekket ut i dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="341"/>
        <source>✓ In</source>
        <translation>✓ Inne</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="341"/>
        <source>{name}: checked in. Tap to check out.</source>
        <translation>{name}: sjekket inn. Trykk for å sjekke ut.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="344"/>
        <source>{name}: tap to check in</source>
        <translation>{name}: trykk for å sjekke inn</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="354"/>
        <source>Tap your name when you arrive and when you leave.</source>
        <translation>Trykk på navnet ditt når du kommer, og når du går.</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="412"/>
        <source>Goodbye, {name}!</source>
        <translation>Ha det, {name}!</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="414"/>
        <source>Goodbye, {name} – 1 hour</source>
        <translation>Ha det, {name} – 1 time</translation>
    </message>
    <message>
        <location filename="../../ui/training/checkin/view.py" line="415"/>
        <source>Goodbye, {name} – {hours} hours</source>
        <translation>Ha det, {name} – {hours} timer</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="253"/>
        <source>Partner company</source>
        <translation>Samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="258"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="258"/>
        <source>E.g. Nordlys Kantiner AS</source>
        <translation>F.eks. Nordlys Kantiner AS</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="263"/>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="265"/>
        <source>Nine digits, e.g. 923 609 016</source>
        <translation>Ni sifre, f.eks. 923 609 016</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="266"/>
        <source>From the Brønnøysund register; checked as you type.</source>
        <translation>Fra Brønnøysundregistrene; kontrolleres mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="270"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="270"/>
        <source>E.g. www.example.no</source>
        <translation>F.eks. www.eksempel.no</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="275"/>
        <source>New partner company</source>
        <translation>Ny samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="277"/>
        <source>Company – {name}</source>
        <translation>Bedrift – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="306"/>
        <source>Someone else changed this company after you opened it.</source>
        <translation>En annen har endret bedriften etter at du åpnet den.</translation>
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
    <name>ConsentFormDialog</name>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="108"/>
        <location filename="../../ui/referrals/consent/print_form.py" line="204"/>
        <source>Consent form – {name}</source>
        <translation>Samtykkeskjema – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="129"/>
        <source>The form is in easy-read Norwegian and the participant&apos;s language. If the participant has a valid consent for this recipient, the form shows what it covers; otherwise the boxes ticked here are ticked on the form (none: to fill in by hand).</source>
        <translation>Skjemaet er på lettlest norsk og på deltakerens språk. Hvis deltakeren har et gyldig samtykke for denne mottakeren, viser skjemaet hva det gjelder. Ellers blir boksene du krysser av her, krysset av på skjemaet (ingen: fylles ut for hånd).</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="138"/>
        <source>Partner company</source>
        <translation>Samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="139"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="146"/>
        <source>{language} – not checked by a speaker yet</source>
        <translation>{language} – ikke kontrollert av en som snakker språket ennå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="149"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="153"/>
        <source>Empty: a line to write it by hand</source>
        <translation>Tomt: en linje for å skrive for hånd</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="154"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="156"/>
        <source>Boxes to tick</source>
        <translation>Bokser å krysse av</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="159"/>
        <source>Making the form is logged as an export of the participant&apos;s name.</source>
        <translation>Når du lager skjemaet, logges det som en eksport av deltakerens navn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="165"/>
        <source>Make the form</source>
        <translation>Lag skjemaet</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="169"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="194"/>
        <source>Choose a partner company.</source>
        <translation>Velg en samarbeidsbedrift.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="237"/>
        <source>Making the consent form…</source>
        <translation>Lager samtykkeskjemaet…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="255"/>
        <source>Consent form</source>
        <translation>Samtykkeskjema</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="256"/>
        <source>The form could not be written: {error}</source>
        <translation>Skjemaet kunne ikke skrives: {error}</translation>
    </message>
</context>
<context>
    <name>ConsentFormPreview</name>
    <message>
        <location filename="../../ui/referrals/consent/print_form.py" line="80"/>
        <source>The {language} text of this form has not been checked by someone who speaks the language. Have it checked before the participant signs.</source>
        <translation>Teksten på {language} i dette skjemaet er ikke kontrollert av noen som snakker språket. Få den kontrollert før deltakeren skriver under.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="36"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="42"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="48"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="54"/>
        <source>Covers</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="60"/>
        <source>Given on</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="66"/>
        <source>Expires on</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/model.py" line="72"/>
        <source>Withdrawn on</source>
        <translation>Trukket tilbake</translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <location filename="../../ui/referrals/consent/words.py" line="33"/>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/words.py" line="34"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/words.py" line="35"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/words.py" line="37"/>
        <source>Not yet valid</source>
        <translation>Ikke gyldig ennå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/words.py" line="57"/>
        <source>Anyone at the company</source>
        <translation>Alle i bedriften</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="78"/>
        <source>Consents – {name}</source>
        <translation>Samtykker – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="89"/>
        <source>A dossier goes to a recipient only while the participant has a valid consent for that recipient that covers every kind of data in it. Nobody can override this. A withdrawal stops further dossiers at once.</source>
        <translation>En mappe kan bare sendes til en mottaker så lenge deltakeren har et gyldig samtykke for den mottakeren som gjelder alle typer opplysninger i mappen. Ingen kan overstyre dette. Trekkes samtykket tilbake, stopper det nye mapper med en gang.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="98"/>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="101"/>
        <source>Every consent the participant has given, with its state today. Choose one to withdraw it.</source>
        <translation>Alle samtykker deltakeren har gitt, med status i dag. Velg ett for å trekke det tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="107"/>
        <source>No consent is recorded for this participant.</source>
        <translation>Det er ikke registrert noe samtykke for denne deltakeren.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="125"/>
        <source>New consent…</source>
        <translation>Nytt samtykke…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="127"/>
        <source>Withdraw…</source>
        <translation>Trekk tilbake…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="129"/>
        <source>Withdraw the chosen consent</source>
        <translation>Trekk tilbake valgt samtykke</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="131"/>
        <source>Print consent form…</source>
        <translation>Skriv ut samtykkeskjema…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="133"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="217"/>
        <source>To {recipient}, given on {given} (recorded by {recorded_by}).</source>
        <translation>Til {recipient}, gitt {given} (registrert av {recorded_by}).</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="225"/>
        <source>Withdrawn on {date}: no dossier goes out under it.</source>
        <translation>Trukket tilbake {date}: ingen mappe sendes ut med dette samtykket.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="230"/>
        <source>Expired on {date}.</source>
        <translation>Utløpt {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="232"/>
        <source>Valid until {date}.</source>
        <translation>Gyldig til {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="235"/>
        <source>Purpose: {purpose}</source>
        <translation>Formål: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="236"/>
        <source>Covers: {categories}</source>
        <translation>Gjelder: {categories}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="279"/>
        <source>Withdraw the consent?</source>
        <translation>Trekke tilbake samtykket?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="280"/>
        <source>Withdraw the consent for {recipient}?</source>
        <translation>Trekke tilbake samtykket for {recipient}?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="282"/>
        <source>It takes effect at once: from today no dossier goes to this recipient under this consent. It cannot be undone; sharing again needs a new signed consent.</source>
        <translation>Det gjelder med en gang: fra i dag sendes ingen mappe til denne mottakeren med dette samtykket. Det kan ikke angres; for å dele igjen trengs et nytt, underskrevet samtykke.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="287"/>
        <source>Withdraw the consent</source>
        <translation>Trekk tilbake samtykket</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="291"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/dialog.py" line="319"/>
        <source>Withdrawn. No dossier goes to {recipient} under this consent.</source>
        <translation>Trukket tilbake. Ingen mappe sendes til {recipient} med dette samtykket.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="389"/>
        <source>Contact person at {company}</source>
        <translation>Kontaktperson hos {company}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="393"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="395"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="395"/>
        <source>E.g. recruiter, canteen manager</source>
        <translation>F.eks. rekrutterer, kantineleder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="400"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="402"/>
        <source>E.g. 400 00 123</source>
        <translation>F.eks. 400 00 123</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="403"/>
        <source>A phone number or an e-mail address (or both).</source>
        <translation>Et telefonnummer eller en e-postadresse (eller begge).</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="406"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="410"/>
        <source>The whole company (no one location)</source>
        <translation>Hele bedriften (ikke ett bestemt arbeidssted)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="415"/>
        <source>Works at</source>
        <translation>Jobber ved</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="419"/>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="421"/>
        <source>Contact person – {name}</source>
        <translation>Kontaktperson – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="439"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="463"/>
        <source>Someone else changed this contact person after you opened it.</source>
        <translation>En annen har endret kontaktpersonen etter at du åpnet den.</translation>
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
    <name>DayCardDialog</name>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="67"/>
        <source>Day card – {name}</source>
        <translation>Dagskort – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="89"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="94"/>
        <source>Norwegian only</source>
        <translation>Bare norsk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="96"/>
        <source>Norwegian and {language}</source>
        <translation>Norsk og {language}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="101"/>
        <source>&amp;Languages</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="105"/>
        <source>&amp;Station</source>
        <translation>S&amp;tasjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="112"/>
        <source>&amp;Tasks for the day (at most {count}):</source>
        <translation>&amp;Oppgaver for dagen (høyst {count}):</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="115"/>
        <source>Tasks for the day</source>
        <translation>Oppgaver for dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="124"/>
        <source>Preview and print…</source>
        <translation>Forhåndsvis og skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="127"/>
        <source>Save as usual from this day</source>
        <translation>Lagre som fast fra denne dagen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="131"/>
        <source>The station and tasks are kept for this participant from the chosen day on, until a later change.</source>
        <translation>Stasjonen og oppgavene gjelder for denne deltakeren fra valgt dag og til de endres igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="184"/>
        <source>(retired station)</source>
        <translation>(stasjon ikke i bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="190"/>
        <source>The usual station and tasks since {date} are chosen. Change them for this card, or save the change as usual.</source>
        <translation>Den faste stasjonen og de faste oppgavene fra {date} er valgt. Endre dem for dette kortet, eller lagre endringen som fast.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="196"/>
        <source>No station and tasks are set for this day yet. Choose them, and save them as usual.</source>
        <translation>Ingen stasjon og oppgaver er satt for denne dagen ennå. Velg dem, og lagre dem som faste.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="226"/>
        <source>(retired task)</source>
        <translation>(oppgave ikke i bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="283"/>
        <source>Making the day card…</source>
        <translation>Lager dagskortet…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="310"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-en kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="330"/>
        <source>Saved: the usual station and tasks from {date} on.</source>
        <translation>Lagret: fast stasjon og faste oppgaver fra {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/day_card_dialog.py" line="339"/>
        <source>Not saved: someone else changed this day&apos;s station and tasks meanwhile. Look again, then save.</source>
        <translation>Ikke lagret: en annen har endret stasjonen og oppgavene for denne dagen i mellomtiden. Se på dem igjen, og lagre så.</translation>
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
    <name>DossierBatchDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="77"/>
        <source>Export dossiers</source>
        <translation>Eksporter mapper</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="94"/>
        <source>One dossier per ticked referral is written into the folder, named by the company, the participant&apos;s initials and the referral&apos;s number. A referral without a valid consent for its recipient is skipped; the list below says why.</source>
        <translation>Det lagres én mappe for hver henvisning du har krysset av, i filmappen, med navn etter bedriften, deltakerens initialer og henvisningens nummer. En henvisning uten gyldig samtykke for mottakeren hoppes over; listen nedenfor viser hvorfor.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="114"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="115"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="116"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="117"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="118"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="122"/>
        <source>Referrals to export</source>
        <translation>Henvisninger som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="123"/>
        <source>Space ticks or unticks the referral.</source>
        <translation>Mellomromstasten krysser av eller fjerner krysset for henvisningen.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="132"/>
        <source>Tick the open ones with consent</source>
        <translation>Kryss av for de åpne med samtykke</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="135"/>
        <source>Untick all</source>
        <translation>Fjern alle kryss</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="147"/>
        <source>Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="150"/>
        <location filename="../../ui/referrals/dossiers/batch.py" line="266"/>
        <source>Folder for the dossiers</source>
        <translation>Filmappe for mappene</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="157"/>
        <source>Choose folder…</source>
        <translation>Velg filmappe…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="161"/>
        <source>Dossier language</source>
        <translation>Språk i mappen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="163"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="163"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="182"/>
        <source>Referrals skipped, and why</source>
        <translation>Henvisninger som ble hoppet over, og hvorfor</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="190"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="193"/>
        <source>Write the ticked referrals&apos; dossiers into the folder</source>
        <translation>Lagre mappene for henvisningene du har krysset av, i filmappen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="195"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="273"/>
        <source>%n referral(s) ticked</source>
        <translation>
            <numerusform>%n henvisning krysset av</numerusform>
            <numerusform>%n henvisninger krysset av</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="299"/>
        <source>The dossiers could not be written: {error}</source>
        <translation>Mappene kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="311"/>
        <source>Writing the dossiers…</source>
        <translation>Lagrer mappene…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="319"/>
        <source>%n dossier(s) written to {folder}.</source>
        <translation>
            <numerusform>%n mappe lagret i {folder}.</numerusform>
            <numerusform>%n mapper lagret i {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="323"/>
        <source>Stopped. {written} Every file written is complete.</source>
        <translation>Stoppet. {written} Alle filene som ble lagret, er komplette.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="329"/>
        <source>{name} to {company}</source>
        <translation>{name} til {company}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="331"/>
        <source>Referral {number}</source>
        <translation>Henvisning {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="336"/>
        <source>%n referral(s) skipped: no dossier went to them.</source>
        <translation>
            <numerusform>%n henvisning hoppet over: ingen mappe ble laget for den.</numerusform>
            <numerusform>%n henvisninger hoppet over: ingen mappe ble laget for dem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="81"/>
        <source>Dossier</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="102"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="151"/>
        <source>What goes out</source>
        <translation>Hva som sendes ut</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="156"/>
        <source>The name, the languages spoken, the recipient, the statement and the job coach always go. Tick what else: only what the participant&apos;s consent for this recipient covers.</source>
        <translation>Navnet, språkene deltakeren snakker, mottakeren, uttalelsen og jobbkonsulenten er alltid med. Kryss av for hva mer som skal med: bare det deltakerens samtykke for denne mottakeren gjelder.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="179"/>
        <source>For this recipient</source>
        <translation>For denne mottakeren</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="188"/>
        <source>e.g. Learns new tasks best from a written step list</source>
        <translation>f.eks. Lærer nye oppgaver best med en skriftlig liste over trinnene</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="195"/>
        <source>Functional needs only, in words the participant has read and approved for this recipient. Never a diagnosis. At most {max} characters.</source>
        <translation>Bare funksjonelle behov, med ord deltakeren har lest og godkjent for denne mottakeren. Aldri en diagnose. Høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="204"/>
        <source>Accommodation needs</source>
        <translation>Tilretteleggingsbehov</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="216"/>
        <source>Printed as the job coach&apos;s assessment. Never write health, absence or case details here. At most {max} characters.</source>
        <translation>Skrives ut som jobbkonsulentens vurdering. Skriv aldri opplysninger om helse, fravær eller saken her. Høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="223"/>
        <source>Job coach&apos;s statement</source>
        <translation>Jobbkonsulentens uttalelse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="228"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="228"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="232"/>
        <source>Dossier language</source>
        <translation>Språk i mappen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="255"/>
        <source>Preview: exactly what goes out</source>
        <translation>Forhåndsvisning: nøyaktig hva som sendes ut</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="260"/>
        <source>Section</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="260"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="260"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="262"/>
        <source>The fields the dossier sends</source>
        <translation>Feltene som mappen sender</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="279"/>
        <source>Save and preview</source>
        <translation>Lagre og forhåndsvis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="282"/>
        <source>Save the choices and show what goes out</source>
        <translation>Lagre valgene og vis hva som sendes ut</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="284"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="286"/>
        <source>Write the dossier as previewed to a PDF file</source>
        <translation>Lagre mappen slik den er forhåndsvist, som PDF-fil</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="288"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="332"/>
        <source>Dossier – {name}</source>
        <translation>Mappe – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="335"/>
        <source>{company}, attn. {contact}</source>
        <translation>{company}, att. {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="339"/>
        <source>{name} → {recipient}</source>
        <translation>{name} → {recipient}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="369"/>
        <source>Not covered by the participant&apos;s consent for this recipient</source>
        <translation>Ikke omfattet av deltakerens samtykke for denne mottakeren</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="372"/>
        <source>The text below, as the participant approved it</source>
        <translation>Teksten nedenfor, slik deltakeren godkjente den</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="375"/>
        <source>Nothing recorded yet: nothing of this goes out</source>
        <translation>Ingenting registrert ennå: ingenting av dette sendes ut</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="418"/>
        <source>Changed: press “Save and preview” to see exactly what goes out before saving the PDF.</source>
        <translation>Endret: trykk «Lagre og forhåndsvis» for å se nøyaktig hva som sendes ut, før du lagrer PDF-en.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="423"/>
        <source>No dossier can be made now: {reason}</source>
        <translation>Ingen mappe kan lages nå: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="485"/>
        <source>Saved. The preview shows what goes out.</source>
        <translation>Lagret. Forhåndsvisningen viser hva som sendes ut.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="493"/>
        <source>Not saved: someone else changed this dossier or referral meanwhile. Your changes are still here; press “Save and preview” again to replace theirs.</source>
        <translation>Ikke lagret: en annen har endret mappen eller henvisningen i mellomtiden. Endringene dine er her fortsatt; trykk «Lagre og forhåndsvis» igjen for å erstatte den andres.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="533"/>
        <source>Save the dossier as</source>
        <translation>Lagre mappen som</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="535"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="558"/>
        <source>Saved: {path}</source>
        <translation>Lagret: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="573"/>
        <source>Making the dossier…</source>
        <translation>Lager mappen…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="586"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutt: ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="594"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-en kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="610"/>
        <source>Close without saving?</source>
        <translation>Lukke uten å lagre?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="611"/>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation>Du har endringer som ikke er lagret. Vil du lukke og miste dem?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="615"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/dialog.py" line="619"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>DossierMaterial</name>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="423"/>
        <source>Not asked: never named</source>
        <translation>Ikke spurt: navngis aldri</translation>
    </message>
</context>
<context>
    <name>DossierMaterialDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="438"/>
        <source>Certificates and references – {name}</source>
        <translation>Kursbevis og referanser – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="452"/>
        <source>What a dossier may show besides the training plan. Each goes out only when the participant&apos;s consent for the recipient covers it.</source>
        <translation>Det en mappe kan vise i tillegg til opplæringsplanen. Hver del sendes bare ut når deltakerens samtykke for mottakeren gjelder den.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="463"/>
        <source>Courses and certificates</source>
        <translation>Kurs og kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="470"/>
        <source>References</source>
        <translation>Referanser</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="475"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="484"/>
        <location filename="../../ui/referrals/dossiers/material.py" line="488"/>
        <source>Languages the participant speaks</source>
        <translation>Språk deltakeren snakker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="494"/>
        <source>Language to add</source>
        <translation>Språk som skal legges til</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="502"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="505"/>
        <location filename="../../ui/referrals/dossiers/material.py" line="534"/>
        <location filename="../../ui/referrals/dossiers/material.py" line="677"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="528"/>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="531"/>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="538"/>
        <source>Add a certificate</source>
        <translation>Legg til et kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="539"/>
        <source>Change the selected certificate</source>
        <translation>Endre valgt kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="540"/>
        <source>Remove the selected certificate</source>
        <translation>Fjern valgt kursbevis</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="543"/>
        <source>Add a reference</source>
        <translation>Legg til en referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="544"/>
        <source>Change the selected reference</source>
        <translation>Endre valgt referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="545"/>
        <source>Remove the selected reference</source>
        <translation>Fjern valgt referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="608"/>
        <source>Someone else changed the languages meanwhile: here they are now.</source>
        <translation>En annen har endret språkene i mellomtiden: her er de slik de er nå.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="672"/>
        <source>Remove {name}?</source>
        <translation>Fjerne {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="673"/>
        <source>Remove {name} from the participant&apos;s dossier material?</source>
        <translation>Fjerne {name} fra deltakerens mappeopplysninger?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="674"/>
        <source>It is removed for good and no longer goes out in dossiers.</source>
        <translation>Det fjernes for godt og kommer ikke lenger med i mapper.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="679"/>
        <source>Keep it</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>DossierWords</name>
    <message>
        <location filename="../../ui/referrals/dossiers/words.py" line="29"/>
        <source>Consent: valid for this recipient</source>
        <translation>Samtykke: gyldig for denne mottakeren</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/words.py" line="30"/>
        <source>Consent: expired – no dossier can be sent</source>
        <translation>Samtykke: utløpt – ingen mappe kan sendes</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/words.py" line="33"/>
        <source>Consent: withdrawn – no dossier can be sent</source>
        <translation>Samtykke: trukket tilbake – ingen mappe kan sendes</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/words.py" line="36"/>
        <source>Consent: none recorded for this recipient – no dossier can be sent</source>
        <translation>Samtykke: ikke registrert for denne mottakeren – ingen mappe kan sendes</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="58"/>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="59"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="60"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/batch.py" line="61"/>
        <source>None</source>
        <translation>Ingen</translation>
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
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="95"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="95"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="95"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="95"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="112"/>
        <source>{stage} (correction)</source>
        <translation>{stage} (retting)</translation>
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
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="330"/>
        <source>Location of {company}</source>
        <translation>Arbeidssted hos {company}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="335"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="335"/>
        <source>E.g. the canteen at the town hall</source>
        <translation>F.eks. kantinen på rådhuset</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="337"/>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="339"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="339"/>
        <source>Four digits</source>
        <translation>Fire sifre</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="342"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="346"/>
        <source>New location</source>
        <translation>Nytt arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="348"/>
        <source>Location – {name}</source>
        <translation>Arbeidssted – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="378"/>
        <source>Someone else changed this location after you opened it.</source>
        <translation>En annen har endret arbeidsstedet etter at du åpnet det.</translation>
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
    <name>MatchesDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="122"/>
        <source>Matching positions – {name}</source>
        <translation>Stillinger som passer – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="125"/>
        <source>Positions, best match first</source>
        <translation>Stillinger, den som passer best, først</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="128"/>
        <source>The positions at the partner companies, ranked by how many of their competence needs {name}&apos;s latest assessed levels meet; on a tie, the one with the least missing comes first.</source>
        <translation>Stillingene hos samarbeidsbedriftene, sortert etter hvor mange av kompetansekravene de siste vurderte nivåene til {name} oppfyller. Ved likt antall kommer den som mangler minst, først.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="132"/>
        <source>Choose a position to see which needs are met.</source>
        <translation>Velg en stilling for å se hvilke krav som er oppfylt.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="150"/>
        <source>No partner company has an active position yet.</source>
        <translation>Ingen samarbeidsbedrift har en aktiv stilling ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="165"/>
        <source>{position} at {company}:</source>
        <translation>{position} hos {company}:</translation>
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
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="61"/>
        <source>Correct back to {stage}</source>
        <translation>Rett tilbake til {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="68"/>
        <source>{name} – {position}, {company}. Now: {stage} since {since}.</source>
        <translation>{name} – {position}, {company}. Nå: {stage} siden {since}.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="94"/>
        <source>The referral goes back to {stage} as it was, since the day it began.</source>
        <translation>Henvisningen går tilbake til {stage} slik den var, fra den dagen fasen begynte.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="99"/>
        <source>Corrected on</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="101"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="107"/>
        <source>Why it is corrected (required)</source>
        <translation>Hvorfor det rettes (må fylles ut)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="107"/>
        <source>E.g. who you spoke to</source>
        <translation>F.eks. hvem du snakket med</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="110"/>
        <source>At most {max} characters.</source>
        <translation>Høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="111"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="124"/>
        <source>Correct</source>
        <translation>Rett</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="124"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/move_dialog.py" line="187"/>
        <source>Someone else changed this referral meanwhile; nothing was moved. It is now at “{stage}”: close and look again.</source>
        <translation>En annen har endret henvisningen i mellomtiden; ingenting ble flyttet. Den er nå i fasen «{stage}»: lukk og se på den igjen.</translation>
    </message>
</context>
<context>
    <name>NavReportDialog</name>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="97"/>
        <source>NAV report – {name}</source>
        <translation>NAV-rapport – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="115"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="125"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="127"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="133"/>
        <source>Report language</source>
        <translation>Språk i rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="138"/>
        <source>Previewing or saving the report is logged as an export of the participant&apos;s data.</source>
        <translation>Når du forhåndsviser eller lagrer rapporten, logges det som en eksport av deltakerens opplysninger.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="191"/>
        <source>Status report for a period</source>
        <translation>Statusrapport for en periode</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="194"/>
        <source>Final report (the whole measure, after it has ended)</source>
        <translation>Sluttrapport (hele tiltaket, etter at det er avsluttet)</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="208"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="215"/>
        <source>The summary is printed in the report and goes to NAV. Never write health information, diagnoses or absence reasons in it.</source>
        <translation>Oppsummeringen skrives ut i rapporten og sendes til NAV. Skriv aldri helseopplysninger, diagnoser eller fraværsårsaker i den.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="232"/>
        <source>Coach&apos;s summary</source>
        <translation>Jobbkonsulentens oppsummering</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="274"/>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="276"/>
        <source>Show the report on screen</source>
        <translation>Vis rapporten på skjermen</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="278"/>
        <source>Save as…</source>
        <translation>Lagre som…</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="280"/>
        <source>Save the report as a PDF file</source>
        <translation>Lagre rapporten som PDF-fil</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="282"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="317"/>
        <source>{name} · measure from {start}, ended {end}</source>
        <translation>{name} · tiltak fra {start}, avsluttet {end}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="321"/>
        <source>{name} · measure from {start}, planned to end {end}</source>
        <translation>{name} · tiltak fra {start}, planlagt slutt {end}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="331"/>
        <source>Not yet: a final report is made once the measure has ended (planned end {end}).</source>
        <translation>Ikke ennå: sluttrapporten lages når tiltaket er avsluttet (planlagt slutt {end}).</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="396"/>
        <source>The measure started on {day}: the period cannot begin before it.</source>
        <translation>Tiltaket startet {day}: perioden kan ikke begynne før det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="400"/>
        <source>The last day is before the first day.</source>
        <translation>Siste dag er før første dag.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="402"/>
        <source>The last day is after today: only days that have come can be reported.</source>
        <translation>Siste dag er etter i dag: bare dager som har vært, kan rapporteres.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="404"/>
        <source>The measure ended on {day}: the period cannot end after it.</source>
        <translation>Tiltaket ble avsluttet {day}: perioden kan ikke slutte etter det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="407"/>
        <source>The measure is planned to end on {day}: the period cannot end after it.</source>
        <translation>Tiltaket har planlagt slutt {day}: perioden kan ikke slutte etter det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="419"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} av {limit} tegn</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="447"/>
        <source>NAV final report – {name}</source>
        <translation>Sluttrapport til NAV – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="448"/>
        <source>NAV status report – {name}</source>
        <translation>Statusrapport til NAV – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="485"/>
        <source>Save the NAV report as</source>
        <translation>Lagre NAV-rapporten som</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="487"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="497"/>
        <source>Saved: {path}</source>
        <translation>Lagret: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="564"/>
        <source>Making the NAV report…</source>
        <translation>Lager NAV-rapporten…</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="577"/>
        <source>Cancelled: no report was made.</source>
        <translation>Avbrutt: ingen rapport ble laget.</translation>
    </message>
    <message>
        <location filename="../../ui/training/nav_reports/dialog.py" line="585"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF-en kunne ikke skrives: {error}</translation>
    </message>
</context>
<context>
    <name>NavReportPreview</name>
    <message>
        <location filename="../../ui/training/nav_reports/preview.py" line="31"/>
        <source>Save the report as a PDF file</source>
        <translation>Lagre rapporten som PDF-fil</translation>
    </message>
</context>
<context>
    <name>NewConsentDialog</name>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="54"/>
        <source>New consent – {name}</source>
        <translation>Nytt samtykke – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="72"/>
        <source>Record the consent the participant signed. A dossier goes only to this recipient, only with the kinds of data ticked here, and only until the consent expires or is withdrawn.</source>
        <translation>Registrer samtykket deltakeren har skrevet under. En mappe sendes bare til denne mottakeren, bare med de typene opplysninger som er krysset av her, og bare til samtykket utløper eller trekkes tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="87"/>
        <source>Save the consent</source>
        <translation>Lagre samtykket</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="90"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="94"/>
        <source>Partner company</source>
        <translation>Samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="97"/>
        <source>Choose a person only when the signed form names one: then only they may receive it.</source>
        <translation>Velg en person bare hvis det underskrevne skjemaet navngir en: da er det bare den personen som kan få mappen.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="102"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="107"/>
        <source>What the consent covers</source>
        <translation>Hva samtykket gjelder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="112"/>
        <source>E.g. referral to a job as a kitchen assistant</source>
        <translation>F.eks. henvisning til en jobb som kjøkkenassistent</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="113"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="117"/>
        <source>Data it covers</source>
        <translation>Opplysninger det gjelder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="123"/>
        <source>Given on</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="130"/>
        <source>Expires on</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/consent/form.py" line="147"/>
        <source>At most 12 months: {date} at the latest.</source>
        <translation>Høyst 12 måneder: senest {date}.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="72"/>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="336"/>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="92"/>
        <source>There are no partner companies yet: add one under Partners.</source>
        <translation>Det finnes ingen samarbeidsbedrifter ennå: legg til en under Samarbeidsbedrifter.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="101"/>
        <source>Choose a participant</source>
        <translation>Velg en deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="104"/>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="111"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="114"/>
        <source>Choose a company</source>
        <translation>Velg en bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="118"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="120"/>
        <source>Location</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="122"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="124"/>
        <source>Who the dossier goes to; can be chosen later.</source>
        <translation>Hvem mappen sendes til; kan velges senere.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="134"/>
        <source>Prepared on</source>
        <translation>Forberedt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="139"/>
        <source>E.g. why this position suits the participant</source>
        <translation>F.eks. hvorfor stillingen passer for deltakeren</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="141"/>
        <source>At most {max} characters.</source>
        <translation>Høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="142"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="149"/>
        <source>Create referral</source>
        <translation>Opprett henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="154"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="218"/>
        <source>Choose the company first</source>
        <translation>Velg bedriften først</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="224"/>
        <source>Choose a location</source>
        <translation>Velg et arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="229"/>
        <source>Choose a position</source>
        <translation>Velg en stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="232"/>
        <source>No contact person yet</source>
        <translation>Ingen kontaktperson ennå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="260"/>
        <source>Choose a participant.</source>
        <translation>Velg en deltaker.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="261"/>
        <source>Choose a company.</source>
        <translation>Velg en bedrift.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="262"/>
        <source>Choose a location.</source>
        <translation>Velg et arbeidssted.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="263"/>
        <source>Choose a position.</source>
        <translation>Velg en stilling.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/new_dialog.py" line="272"/>
        <source>Not created. Please correct the marked fields.</source>
        <translation>Ikke opprettet. Rett opp feltene som er merket.</translation>
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
    <name>OutcomeChart</name>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="103"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="104"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="150"/>
        <source>{name}: {referred} referrals, {hired} hired</source>
        <translation>{name}: {referred} henvisninger, {hired} ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="153"/>
        <source>No referrals yet.</source>
        <translation>Ingen henvisninger ennå.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="254"/>
        <source>Referrals made in</source>
        <translation>Henvisninger fra</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="257"/>
        <source>Show the outcomes of referrals made in</source>
        <translation>Vis resultatene for henvisninger fra</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="259"/>
        <source>Every year</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="270"/>
        <source>Hire rate: hired of the closed referrals (hired, not hired and withdrawn); referrals still open are not counted. Days: medians over the hires.</source>
        <translation>Andel ansatt: ansatte av de avsluttede henvisningene (ansatt, ikke ansatt og trukket tilbake); henvisninger som fortsatt er åpne, telles ikke. Dager: median for ansettelsene.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="283"/>
        <source>Chart of referrals and hires per partner</source>
        <translation>Diagram over henvisninger og ansettelser per samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="285"/>
        <source>Per partner</source>
        <translation>Per samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="286"/>
        <source>Chart of referrals and hires per year</source>
        <translation>Diagram over henvisninger og ansettelser per år</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="287"/>
        <source>Per year the referrals were made</source>
        <translation>Per år henvisningene ble gjort</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="294"/>
        <source>Outcomes per partner</source>
        <translation>Resultater per samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="308"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="309"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="310"/>
        <source>Hire rate</source>
        <translation>Andel ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="311"/>
        <source>Median days from measure start to job</source>
        <translation>Median antall dager fra tiltaksstart til jobb</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="312"/>
        <source>Median days from referral to hire</source>
        <translation>Median antall dager fra henvisning til ansettelse</translation>
    </message>
</context>
<context>
    <name>OverviewTableModel</name>
    <message>
        <location filename="../../ui/training/overview/model.py" line="56"/>
        <source>The planned end passed %n day(s) ago: record the end or the extension</source>
        <translation>Planlagt slutt var for %n dag(er) siden: registrer slutt eller forlengelse</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="62"/>
        <source>The measure ends today</source>
        <translation>Tiltaket slutter i dag</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="64"/>
        <source>The measure ends in %n day(s)</source>
        <translation>Tiltaket slutter om %n dag(er)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="69"/>
        <source>Planned past the usual limit ({limit}): check that NAV approved it</source>
        <translation>Planlagt ut over den vanlige grensen ({limit}): sjekk at NAV har godkjent det</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="77"/>
        <source>{goal}: not assessed, target level {target}</source>
        <translation>{goal}: ikke vurdert, målnivå {target}</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="80"/>
        <source>{goal}: level {level} of {target}</source>
        <translation>{goal}: nivå {level} av {target}</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="89"/>
        <source>Attendance {rate} over the last four weeks (%n day(s) registered)</source>
        <translation>Oppmøte {rate} de siste fire ukene (%n dag(er) registrert)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="101"/>
        <source>Never assessed; the measure started %n day(s) ago</source>
        <translation>Aldri vurdert; tiltaket startet for %n dag(er) siden</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="107"/>
        <source>No coach assessment for %n day(s)</source>
        <translation>Ingen vurdering fra jobbkonsulent på %n dag(er)</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="123"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="129"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="138"/>
        <source>Job coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="144"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/model.py" line="147"/>
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
        <location filename="../../ui/training/overview/view.py" line="145"/>
        <source>Measures ending within 30 days</source>
        <translation>Tiltak som slutter innen 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="146"/>
        <source>Measures ending in 31 to 60 days</source>
        <translation>Tiltak som slutter om 31 til 60 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="147"/>
        <source>Measures planned past their usual limit</source>
        <translation>Tiltak som er planlagt utover den vanlige grensen</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="149"/>
        <source>Goals overdue: the target date has passed, the level is not reached</source>
        <translation>Mål over fristen: måldatoen er passert, og nivået er ikke nådd</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="151"/>
        <source>Attendance under 80 % over the last four weeks</source>
        <translation>Oppmøte under 80 % de siste fire ukene</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="152"/>
        <source>No coach assessment for 30 days</source>
        <translation>Ingen vurdering fra jobbkonsulent på 30 dager</translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="198"/>
        <source>Everyone&apos;s caseload: %n participant(s)</source>
        <translation>
            <numerusform>Alle jobbkonsulenters deltakere: %n</numerusform>
            <numerusform>Alle jobbkonsulenters deltakere: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="200"/>
        <source>Your caseload: %n participant(s)</source>
        <translation>
            <numerusform>Dine deltakere: %n</numerusform>
            <numerusform>Dine deltakere: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/overview/view.py" line="255"/>
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
        <location filename="../../ui/training/participants/view.py" line="94"/>
        <source>Search by name…</source>
        <translation>Søk etter navn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="94"/>
        <source>Search participants by name</source>
        <translation>Søk etter deltakere på navn</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="103"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="104"/>
        <source>Ended</source>
        <translation>Avsluttede</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="105"/>
        <source>Show active or ended participants</source>
        <translation>Vis aktive eller avsluttede deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="114"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="116"/>
        <source>Add a new participant</source>
        <translation>Legg til en ny deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="124"/>
        <source>Your role sees the participants&apos; names only.</source>
        <translation>Rollen din ser bare navnene på deltakerne.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="158"/>
        <source>Photo…</source>
        <translation>Bilde…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="159"/>
        <source>Extend measure…</source>
        <translation>Forleng tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="160"/>
        <source>End measure…</source>
        <translation>Avslutt tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="165"/>
        <source>For the participant selected in the list</source>
        <translation>For deltakeren som er valgt i listen</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="171"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="181"/>
        <source>Press Enter or double-click to open a participant.</source>
        <translation>Trykk Enter eller dobbeltklikk for å åpne en deltaker.</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="207"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="209"/>
        <source>Found: {count}</source>
        <translation>Funnet: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="211"/>
        <source>Ended: {count}</source>
        <translation>Avsluttede: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="213"/>
        <source>Participants: {count}</source>
        <translation>Deltakere: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="273"/>
        <source>Photo removed: {name}</source>
        <translation>Bilde fjernet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="273"/>
        <source>Photo saved: {name}</source>
        <translation>Bilde lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="280"/>
        <source>Measure extended: {name}</source>
        <translation>Tiltak forlenget: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="283"/>
        <source>Measure ended: {name}</source>
        <translation>Tiltak avsluttet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="374"/>
        <source>Saved: {name}</source>
        <translation>Lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="387"/>
        <source>participant {name}</source>
        <translation>deltakeren {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/participants/view.py" line="389"/>
        <source>a new participant</source>
        <translation>en ny deltaker</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="225"/>
        <source>Keep your version (it replaces theirs), or use theirs (your changes are dropped)?</source>
        <translation>Vil du beholde din versjon (den erstatter den andres), eller bruke den andres (endringene dine forkastes)?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="226"/>
        <source>Not saved: someone else changed this meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret dette i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="231"/>
        <source>Not saved: someone else saved at the same moment. Your changes are still here; save again to see theirs.</source>
        <translation>Ikke lagret: en annen lagret i samme øyeblikk. Endringene dine er her fortsatt; lagre på nytt for å se den andres.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/dialogs.py" line="237"/>
        <source>Not saved: {reason} Your typing is still here.</source>
        <translation>Ikke lagret: {reason} Det du har skrevet, er her fortsatt.</translation>
    </message>
</context>
<context>
    <name>PartnerOutcomeModel</name>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="198"/>
        <source>Partner</source>
        <translation>Samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="199"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="200"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="201"/>
        <source>Not hired</source>
        <translation>Ikke ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="202"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="203"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="204"/>
        <source>Hire rate</source>
        <translation>Andel ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="205"/>
        <source>Median days, measure start to job</source>
        <translation>Median antall dager, tiltaksstart til jobb</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/outcomes.py" line="206"/>
        <source>Median days, referral to hire</source>
        <translation>Median antall dager, henvisning til ansettelse</translation>
    </message>
</context>
<context>
    <name>PartnerTables</name>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="33"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="53"/>
        <location filename="../../ui/referrals/partners/tables.py" line="218"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="59"/>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="65"/>
        <source>Locations</source>
        <translation>Arbeidssteder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="72"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="79"/>
        <source>Positions</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="95"/>
        <location filename="../../ui/referrals/partners/tables.py" line="141"/>
        <source>Location</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="100"/>
        <source>Street</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="104"/>
        <source>Postcode and city</source>
        <translation>Postnummer og poststed</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="123"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="128"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="131"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="135"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="154"/>
        <source>The whole company</source>
        <translation>Hele bedriften</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="161"/>
        <location filename="../../ui/referrals/partners/tables.py" line="224"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="167"/>
        <source>Competences needed</source>
        <translation>Kompetansekrav</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="174"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="211"/>
        <location filename="../../ui/referrals/partners/tables.py" line="256"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="230"/>
        <location filename="../../ui/referrals/partners/tables.py" line="269"/>
        <source>Needs met</source>
        <translation>Krav oppfylt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="263"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="294"/>
        <source>Competence</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="300"/>
        <source>Needed</source>
        <translation>Kreves</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="307"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/tables.py" line="314"/>
        <source>Met?</source>
        <translation>Oppfylt?</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="131"/>
        <source>Search by name or organisation number…</source>
        <translation>Søk etter navn eller organisasjonsnummer…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="132"/>
        <source>Search partner companies</source>
        <translation>Søk i samarbeidsbedrifter</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="135"/>
        <source>Show inactive</source>
        <translation>Vis inaktive</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="148"/>
        <source>Partner companies</source>
        <translation>Samarbeidsbedrifter</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="151"/>
        <source>Press Enter or double-click to edit a company.</source>
        <translation>Trykk Enter eller dobbeltklikk for å redigere en bedrift.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="170"/>
        <source>New company</source>
        <translation>Ny bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="170"/>
        <source>Add a partner company</source>
        <translation>Legg til en samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="171"/>
        <location filename="../../ui/referrals/partners/view.py" line="240"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="171"/>
        <source>Edit the chosen company</source>
        <translation>Rediger valgt bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="174"/>
        <location filename="../../ui/referrals/partners/view.py" line="245"/>
        <location filename="../../ui/referrals/partners/view.py" line="493"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="175"/>
        <source>Deactivate or delete the chosen company</source>
        <translation>Deaktiver eller slett valgt bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="187"/>
        <source>The chosen company</source>
        <translation>Valgt bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="190"/>
        <location filename="../../ui/referrals/partners/view.py" line="407"/>
        <source>Choose a company in the list.</source>
        <translation>Velg en bedrift i listen.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="197"/>
        <source>The company&apos;s locations, contacts and positions</source>
        <translation>Bedriftens arbeidssteder, kontaktpersoner og stillinger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="199"/>
        <source>&amp;Locations</source>
        <translation>&amp;Arbeidssteder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="199"/>
        <source>Locations</source>
        <translation>Arbeidssteder</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="203"/>
        <source>&amp;Contact persons</source>
        <translation>&amp;Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="204"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="206"/>
        <source>&amp;Positions</source>
        <translation>&amp;Stillinger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="206"/>
        <source>Positions</source>
        <translation>Stillinger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="223"/>
        <source>Press Enter or double-click to edit.</source>
        <translation>Trykk Enter eller dobbeltklikk for å redigere.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="232"/>
        <source>New location</source>
        <translation>Nytt arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="232"/>
        <source>Edit the chosen location</source>
        <translation>Rediger valgt arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="233"/>
        <source>New contact</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="233"/>
        <source>Edit the chosen contact person</source>
        <translation>Rediger valgt kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="234"/>
        <source>New position</source>
        <translation>Ny stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="234"/>
        <source>Edit the chosen position</source>
        <translation>Rediger valgt stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="253"/>
        <source>Closest to ready…</source>
        <translation>Nærmest klar…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="256"/>
        <source>The participants closest to ready for the chosen position</source>
        <translation>Deltakerne som er nærmest klar for valgt stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="274"/>
        <source>Competences the chosen position needs</source>
        <translation>Kompetansen valgt stilling krever</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="348"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="352"/>
        <source>Found: {count}</source>
        <translation>Funnet: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="354"/>
        <source>Companies: {count}</source>
        <translation>Bedrifter: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="439"/>
        <source>org. no. {number}</source>
        <translation>org.nr. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="444"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="465"/>
        <source>Choose a position to see the competences it needs.</source>
        <translation>Velg en stilling for å se hvilken kompetanse den krever.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="468"/>
        <source>{title} needs:</source>
        <translation>{title} krever:</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="493"/>
        <source>Bring back</source>
        <translation>Ta i bruk igjen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="563"/>
        <source>This was deleted meanwhile.</source>
        <translation>Dette er slettet i mellomtiden.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="580"/>
        <source>Saved: {name}</source>
        <translation>Lagret: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="609"/>
        <source>Brought back: {name}</source>
        <translation>Tatt i bruk igjen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="616"/>
        <source>Remove {name}?</source>
        <translation>Fjerne {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="618"/>
        <source>Deactivate {name}? It leaves the lists to choose from; referrals and consents keep it.</source>
        <translation>Deaktivere {name}? Oppføringen forsvinner fra listene du velger fra; henvisninger og samtykker beholder den.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="621"/>
        <source>Delete it only if it was typed by mistake: what a referral or a consent uses cannot be deleted.</source>
        <translation>Slett bare hvis oppføringen ble lagt inn ved en feil: det som brukes i en henvisning eller et samtykke, kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="625"/>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="626"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="627"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="638"/>
        <source>Deactivated: {name}</source>
        <translation>Deaktivert: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="643"/>
        <source>Deleted: {name}</source>
        <translation>Slettet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="687"/>
        <source>a new partner company</source>
        <translation>en ny samarbeidsbedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="692"/>
        <source>{name} at {company}</source>
        <translation>{name} hos {company}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/view.py" line="694"/>
        <source>a new entry at {company}</source>
        <translation>en ny oppføring hos {company}</translation>
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
    <name>PictogramChooser</name>
    <message>
        <location filename="../../ui/training/tasks/pictograms.py" line="60"/>
        <source>Choose a pictogram</source>
        <translation>Velg et piktogram</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/pictograms.py" line="66"/>
        <source>Search by name, e.g. knife</source>
        <translation>Søk etter navn, f.eks. kniv</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/pictograms.py" line="66"/>
        <source>Search the pictograms</source>
        <translation>Søk i piktogrammene</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/pictograms.py" line="91"/>
        <source>Pictograms: {credit}</source>
        <translation>Piktogrammer: {credit}</translation>
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
    <name>PositionDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="80"/>
        <source>Position at {company}</source>
        <translation>Stilling hos {company}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="87"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="87"/>
        <source>E.g. kitchen assistant, dishwasher, serving</source>
        <translation>F.eks. kjøkkenassistent, oppvasker, servering</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="92"/>
        <source>What the work is: stations, tasks, hours</source>
        <translation>Hva arbeidet består i: stasjoner, oppgaver, arbeidstid</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="96"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="97"/>
        <source>Competences needed</source>
        <translation>Kompetansekrav</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="105"/>
        <source>Competences the position needs</source>
        <translation>Kompetansen stillingen krever</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="113"/>
        <source>Remove the chosen need</source>
        <translation>Fjern valgt krav</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="123"/>
        <source>Add a need from the competence framework:</source>
        <translation>Legg til et krav fra kompetanserammeverket:</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="128"/>
        <source>Type a part of an area or a goal, e.g. allergen</source>
        <translation>Skriv en del av et område eller et mål, f.eks. allergen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="130"/>
        <source>Find an area or a goal</source>
        <translation>Finn et område eller et mål</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="135"/>
        <source>Competence areas and goals</source>
        <translation>Kompetanseområder og kompetansemål</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="137"/>
        <source>Choose an area (the whole area) or one of its goals, then its minimum level.</source>
        <translation>Velg et område (hele området) eller ett av målene i det, og deretter minstenivået.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="152"/>
        <source>Minimum &amp;level:</source>
        <translation>Minste&amp;nivå:</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="156"/>
        <source>Minimum level</source>
        <translation>Minstenivå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="165"/>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="263"/>
        <source>Add need</source>
        <translation>Legg til krav</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="177"/>
        <source>A whole area is met when the mean of the participant&apos;s latest levels in its goals reaches the minimum, as on the competence chart.</source>
        <translation>Et helt område er oppfylt når gjennomsnittet av deltakerens siste nivåer i målene i området når minstenivået, slik som i kompetansediagrammet.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="263"/>
        <source>Change the level</source>
        <translation>Endre nivået</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="282"/>
        <source>{goal} (retired)</source>
        <translation>{goal} (ikke i bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="283"/>
        <source>{need}: at least {level}</source>
        <translation>{need}: minst {level}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="346"/>
        <source>New position</source>
        <translation>Ny stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="348"/>
        <source>Position – {title}</source>
        <translation>Stilling – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/position_dialog.py" line="378"/>
        <source>Someone else changed this position after you opened it.</source>
        <translation>En annen har endret stillingen etter at du åpnet den.</translation>
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
    <name>RecipientPicker</name>
    <message>
        <location filename="../../ui/referrals/consent/fields.py" line="31"/>
        <source>Choose a partner company</source>
        <translation>Velg en samarbeidsbedrift</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="295"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="299"/>
        <source>New reference</source>
        <translation>Ny referanse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="301"/>
        <source>Reference – {name}</source>
        <translation>Referanse – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="306"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="310"/>
        <source>Knows the participant as</source>
        <translation>Kjenner deltakeren som</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="312"/>
        <source>E.g. head chef at the work trial</source>
        <translation>F.eks. kjøkkensjef under arbeidsutprøvingen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="317"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="319"/>
        <source>A phone number or an e-mail address (or both).</source>
        <translation>Et telefonnummer eller en e-postadresse (eller begge).</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="322"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="327"/>
        <source>Has agreed to be contacted, on</source>
        <translation>Har sagt ja til å bli kontaktet, den</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="332"/>
        <source>The day the reference agreed</source>
        <translation>Dagen referansen sa ja</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="335"/>
        <source>A reference is named in a dossier only once they have agreed.</source>
        <translation>En referanse navngis i en mappe bare når personen har sagt ja.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="337"/>
        <source>Their yes</source>
        <translation>Referansens ja</translation>
    </message>
</context>
<context>
    <name>ReferralBoard</name>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="283"/>
        <source>Referral board: one column per stage</source>
        <translation>Henvisningstavle: én kolonne per fase</translation>
    </message>
</context>
<context>
    <name>ReferralCard</name>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="96"/>
        <source>Since {day}</source>
        <translation>Siden {day}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="114"/>
        <source>Move {name}&apos;s referral to {stage}</source>
        <translation>Flytt henvisningen for {name} til {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="121"/>
        <source>More…</source>
        <translation>Mer…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="124"/>
        <source>More for {name}&apos;s referral: open it or move it</source>
        <translation>Mer for henvisningen for {name}: åpne eller flytt den</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="133"/>
        <source>Enter opens the referral. Ctrl+Right moves it to the next stage; the menu key lists every stage it can move to.</source>
        <translation>Enter åpner henvisningen. Ctrl+Høyre flytter den til neste fase; menytasten viser alle fasene den kan flyttes til.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="138"/>
        <source>{name} – {position} at {company} ({location})</source>
        <translation>{name} – {position} hos {company} ({location})</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="165"/>
        <source>{name}, {position}, {company}, {consent}, {stage}</source>
        <translation>{name}, {position}, {company}, {consent}, {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="180"/>
        <source>Open the referral</source>
        <translation>Åpne henvisningen</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="162"/>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="197"/>
        <source>Stages</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="200"/>
        <source>The referral&apos;s stages</source>
        <translation>Henvisningens faser</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="215"/>
        <source>Move to another stage…</source>
        <translation>Flytt til en annen fase…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="232"/>
        <source>For the dossier</source>
        <translation>Til mappen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="237"/>
        <source>The person the dossier and the cover letter are addressed to.</source>
        <translation>Personen som mappen og følgebrevet er adressert til.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="239"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="243"/>
        <source>What the participant does well and is ready for, in your words</source>
        <translation>Hva deltakeren gjør godt og er klar for, med dine ord</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="250"/>
        <source>Printed in the dossier as the job coach&apos;s statement. Never write health, absence or case details here. At most {max} characters.</source>
        <translation>Skrives ut i mappen som jobbkonsulentens uttalelse. Skriv aldri opplysninger om helse, fravær eller saken her. Høyst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="257"/>
        <source>Job coach&apos;s statement</source>
        <translation>Jobbkonsulentens uttalelse</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="279"/>
        <source>Referral – {name}</source>
        <translation>Henvisning – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="282"/>
        <source>{position} at {company}, {location}</source>
        <translation>{position} hos {company}, {location}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="287"/>
        <source>Stage: {stage} since {day}</source>
        <translation>Fase: {stage} siden {day}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="304"/>
        <source>Correct back to {stage}…</source>
        <translation>Rett tilbake til {stage}…</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="310"/>
        <source>No contact person yet</source>
        <translation>Ingen kontaktperson ennå</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="420"/>
        <source>Keep your version (it replaces theirs), or use theirs (your changes are dropped)?</source>
        <translation>Vil du beholde din versjon (den erstatter den andres), eller bruke den andres (endringene dine forkastes)?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="422"/>
        <source>Not saved: someone else changed this referral meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret henvisningen i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/dialog.py" line="426"/>
        <source>Not saved: this referral was removed meanwhile.</source>
        <translation>Ikke lagret: henvisningen er fjernet i mellomtiden.</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="25"/>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="31"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="37"/>
        <source>Location</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="43"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="49"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="55"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="61"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/model.py" line="67"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
</context>
<context>
    <name>ReferralWords</name>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="30"/>
        <source>Consent valid</source>
        <translation>Samtykke gyldig</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="31"/>
        <source>Consent expired</source>
        <translation>Samtykke utløpt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="32"/>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="33"/>
        <source>No consent</source>
        <translation>Ikke noe samtykke</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="40"/>
        <source>Move to {stage}</source>
        <translation>Flytt til {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="49"/>
        <source>{days} day</source>
        <translation>{days} dag</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/words.py" line="50"/>
        <source>{days} days</source>
        <translation>{days} dager</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="90"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="93"/>
        <source>Show the referrals to one company</source>
        <translation>Vis henvisningene til én bedrift</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="95"/>
        <source>Every company</source>
        <translation>Alle bedrifter</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="98"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="101"/>
        <source>Show the referrals at one stage</source>
        <translation>Vis henvisningene i én fase</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="103"/>
        <source>Every stage</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="111"/>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="113"/>
        <source>Make a new referral</source>
        <translation>Lag en ny henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="125"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="129"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="132"/>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="143"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="145"/>
        <source>Press Enter or double-click to open a referral.</source>
        <translation>Trykk Enter eller dobbeltklikk for å åpne en henvisning.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="150"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="151"/>
        <source>Open the selected referral</source>
        <translation>Åpne valgt henvisning</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="250"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/referrals/view.py" line="253"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n henvisning</numerusform>
            <numerusform>%n henvisninger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="355"/>
        <source>Saved: the referral of {name}</source>
        <translation>Lagret: henvisningen for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="374"/>
        <source>Moved: {name} to {stage}</source>
        <translation>Flyttet: {name} til {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="405"/>
        <source>Referral created.</source>
        <translation>Henvisningen er opprettet.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/view.py" line="427"/>
        <source>the referral of {name}</source>
        <translation>henvisningen for {name}</translation>
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
    <name>StageColumn</name>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="245"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/referrals/board.py" line="259"/>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
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
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="59"/>
        <source>New task</source>
        <translation>Ny oppgave</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="80"/>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="86"/>
        <source>Station</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="88"/>
        <source>Title (Norwegian)</source>
        <translation>Tittel (norsk)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="91"/>
        <source>Steps, in order: a pictogram and a short sentence each</source>
        <translation>Trinn, i rekkefølge: et piktogram og en kort setning for hvert</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="95"/>
        <source>Add a step</source>
        <translation>Legg til et trinn</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="105"/>
        <source>In the participants&apos; languages</source>
        <translation>På deltakernes språk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="109"/>
        <source>Language of the translation</source>
        <translation>Språket i oversettelsen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="116"/>
        <source>A step without a translation prints in Norwegian next to its pictogram; the card says so.</source>
        <translation>Et trinn uten oversettelse skrives ut på norsk ved siden av piktogrammet; det står på kortet.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="123"/>
        <source>A speaker of the language has checked this translation</source>
        <translation>En som snakker språket, har kontrollert denne oversettelsen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="149"/>
        <source>Pictogram of step {number}: {name}</source>
        <translation>Piktogram for trinn {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="156"/>
        <source>Sentence of step {number} (Norwegian)</source>
        <translation>Setning for trinn {number} (norsk)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="158"/>
        <source>Move step {number} up</source>
        <translation>Flytt trinn {number} opp</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="161"/>
        <source>Move step {number} down</source>
        <translation>Flytt trinn {number} ned</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="164"/>
        <source>Remove step {number}</source>
        <translation>Fjern trinn {number}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="190"/>
        <source>Title in the chosen language</source>
        <translation>Tittel på valgt språk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="194"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="203"/>
        <source>Step {number} in the chosen language</source>
        <translation>Trinn {number} på valgt språk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="283"/>
        <source>Task – {title}</source>
        <translation>Oppgave – {title}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="355"/>
        <source>Keep your version (it replaces theirs), or use theirs (your changes are dropped)?</source>
        <translation>Vil du beholde din versjon (den erstatter den andres), eller bruke den andres (endringene dine forkastes)?</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="356"/>
        <source>Not saved: someone else changed this task meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret oppgaven i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/task_dialog.py" line="359"/>
        <source>Not saved: this task is no longer in the library.</source>
        <translation>Ikke lagret: oppgaven finnes ikke lenger i oppgavebiblioteket.</translation>
    </message>
</context>
<context>
    <name>TaskLibraryView</name>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="67"/>
        <location filename="../../ui/training/tasks/view.py" line="71"/>
        <source>Stations</source>
        <translation>Stasjoner</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="76"/>
        <source>Add station…</source>
        <translation>Legg til stasjon…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="79"/>
        <source>Rename…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="82"/>
        <location filename="../../ui/training/tasks/view.py" line="99"/>
        <location filename="../../ui/training/tasks/view.py" line="232"/>
        <location filename="../../ui/training/tasks/view.py" line="238"/>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="88"/>
        <location filename="../../ui/training/tasks/view.py" line="92"/>
        <source>Tasks of the station</source>
        <translation>Oppgaver på stasjonen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="60"/>
        <source>Show retired stations and tasks</source>
        <translation>Vis stasjoner og oppgaver som ikke er i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="96"/>
        <source>Add task…</source>
        <translation>Legg til oppgave…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="97"/>
        <source>Edit task…</source>
        <translation>Rediger oppgave…</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="109"/>
        <source>Pictograms: {credit}</source>
        <translation>Piktogrammer: {credit}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="116"/>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="164"/>
        <source>{name} (retired)</source>
        <translation>{name} (ikke i bruk)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="201"/>
        <source>Choose a task to see its steps.</source>
        <translation>Velg en oppgave for å se trinnene.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="207"/>
        <source> (not checked)</source>
        <translation> (ikke kontrollert)</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="211"/>
        <source>Translated into: {languages}</source>
        <translation>Oversatt til: {languages}</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="214"/>
        <source>Norwegian only: not translated yet.</source>
        <translation>Bare norsk: ikke oversatt ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="232"/>
        <location filename="../../ui/training/tasks/view.py" line="238"/>
        <source>Bring back</source>
        <translation>Ta i bruk igjen</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="245"/>
        <source>Add station</source>
        <translation>Legg til stasjon</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="245"/>
        <location filename="../../ui/training/tasks/view.py" line="257"/>
        <source>Name of the station (Norwegian):</source>
        <translation>Navn på stasjonen (norsk):</translation>
    </message>
    <message>
        <location filename="../../ui/training/tasks/view.py" line="256"/>
        <source>Rename station</source>
        <translation>Gi stasjonen nytt navn</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="97"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="102"/>
        <source>Whose</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="106"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="112"/>
        <source>What was observed</source>
        <translation>Hva som ble observert</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="118"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="128"/>
        <source>Participant&apos;s own</source>
        <translation>Deltakeren selv</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="129"/>
        <source>Coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="134"/>
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
        <location filename="../../ui/training/plans/profile.py" line="189"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="204"/>
        <source>Goals and assessments</source>
        <translation>Mål og vurderinger</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="205"/>
        <source>Competence chart</source>
        <translation>Kompetansediagram</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="213"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="219"/>
        <source>Add a goal…</source>
        <translation>Legg til et mål…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="221"/>
        <source>Self-assessment…</source>
        <translation>Egenvurdering…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="223"/>
        <source>The participant answers for each goal on an easy-read screen</source>
        <translation>Deltakeren svarer for hvert mål på en lettlest skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="225"/>
        <source>Competence framework…</source>
        <translation>Kompetanserammeverk…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="238"/>
        <source>The plan&apos;s goals by competence area</source>
        <translation>Målene i planen etter kompetanseområde</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="242"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="243"/>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="244"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="245"/>
        <source>Coach&apos;s level</source>
        <translation>Jobbkonsulentens nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="246"/>
        <source>Own level</source>
        <translation>Eget nivå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="247"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="260"/>
        <source>Press Enter or double-click a goal to assess it.</source>
        <translation>Trykk Enter eller dobbeltklikk på et mål for å vurdere det.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="284"/>
        <source>Assess…</source>
        <translation>Vurder…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="286"/>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="289"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="297"/>
        <source>The goal&apos;s assessments</source>
        <translation>Vurderingene av målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="394"/>
        <source>Not assessed yet (no bar for now): {areas}.</source>
        <translation>Ikke vurdert ennå (ingen søyle foreløpig): {areas}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="398"/>
        <source>Goals of our own are not in the chart ({count}).</source>
        <translation>Egne mål er ikke med i diagrammet ({count}).</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="400"/>
        <source>The chart shows the plan&apos;s goals from the framework; there are none yet.</source>
        <translation>Diagrammet viser målene i planen som er hentet fra kompetanserammeverket; det er ingen ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="405"/>
        <source>Training plan – {name}</source>
        <translation>Opplæringsplan – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="405"/>
        <source>Training plan</source>
        <translation>Opplæringsplan</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="412"/>
        <source>The plan has no goals yet.</source>
        <translation>Planen har ingen mål ennå.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="415"/>
        <source>Goals: %n</source>
        <translation>
            <numerusform>Mål: %n</numerusform>
            <numerusform>Mål: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="417"/>
        <source>overdue: {count}</source>
        <translation>over fristen: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="419"/>
        <source>last assessment: {date}</source>
        <translation>siste vurdering: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="421"/>
        <source>not assessed yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="465"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="467"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="469"/>
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="470"/>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="499"/>
        <source>Choose a goal above to see its assessments.</source>
        <translation>Velg et mål ovenfor for å se vurderingene.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="510"/>
        <source>Target: {level}, by {date}.</source>
        <translation>Målnivå: {level}, innen {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="512"/>
        <source>Target: {level} (no date set).</source>
        <translation>Målnivå: {level} (ingen dato satt).</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="515"/>
        <source>Not assessed yet.</source>
        <translation>Ikke vurdert ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="518"/>
        <source>At the start: {level}.</source>
        <translation>Ved start: {level}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="521"/>
        <source>Overdue: the target date has passed and the level is not reached.</source>
        <translation>Over fristen: måldatoen er passert, og nivået er ikke nådd.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="523"/>
        <source>Stations and tasks: {tasks}</source>
        <translation>Stasjoner og oppgaver: {tasks}</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="525"/>
        <source>No stations or tasks written down yet.</source>
        <translation>Ingen stasjoner eller oppgaver er skrevet ned ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="560"/>
        <source>The goal is added.</source>
        <translation>Målet er lagt til.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="569"/>
        <source>The goal is saved.</source>
        <translation>Målet er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="577"/>
        <source>The assessment is saved.</source>
        <translation>Vurderingen er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="590"/>
        <source>The goal is removed from the plan.</source>
        <translation>Målet er fjernet fra planen.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="598"/>
        <source>Remove this goal from the plan?</source>
        <translation>Fjerne målet fra planen?</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="600"/>
        <source>Its assessments stay in the participant&apos;s history.</source>
        <translation>Vurderingene blir stående i deltakerens historikk.</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="601"/>
        <source>Remove the goal</source>
        <translation>Fjern målet</translation>
    </message>
    <message>
        <location filename="../../ui/training/plans/profile.py" line="602"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="628"/>
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
    <name>_MatchingDialog</name>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="70"/>
        <source>Needs met and missing</source>
        <translation>Krav som er oppfylt, og krav som mangler</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/matching.py" line="79"/>
        <source>Close</source>
        <translation>Lukk</translation>
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
    <name>_RecordDialog</name>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="219"/>
        <source>Someone else changed this after you opened it.</source>
        <translation>En annen har endret dette etter at du åpnet det.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="220"/>
        <source>Keep your version (it replaces theirs), or use theirs (your changes are dropped)?</source>
        <translation>Vil du beholde din versjon (den erstatter den andres), eller bruke den andres (endringene dine forkastes)?</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="221"/>
        <source>Not saved: someone else changed this meanwhile. Your changes are still here.</source>
        <translation>Ikke lagret: en annen har endret dette i mellomtiden. Endringene dine er her fortsatt.</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/dossiers/material.py" line="225"/>
        <source>Not saved: {reason} Your typing is still here.</source>
        <translation>Ikke lagret: {reason} Det du har skrevet, er her fortsatt.</translation>
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
    <name>consent</name>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="43"/>
        <source>Competences and levels</source>
        <translation>Kompetanse og nivåer</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="44"/>
        <source>Tasks mastered</source>
        <translation>Oppgaver deltakeren mestrer</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="45"/>
        <source>Certificates</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="46"/>
        <source>Attendance rate</source>
        <translation>Oppmøteprosent</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="47"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="48"/>
        <source>Functional accommodation needs</source>
        <translation>Funksjonelle tilretteleggingsbehov</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="49"/>
        <source>References</source>
        <translation>Referanser</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="241"/>
        <source>The consent for {company} expired on {date}.</source>
        <translation>Samtykket for {company} utløp {date}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="243"/>
        <source>The consent for {company} was withdrawn on {date}.</source>
        <translation>Samtykket for {company} ble trukket tilbake {date}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="245"/>
        <source>The consent for {company} does not cover: {categories}.</source>
        <translation>Samtykket for {company} gjelder ikke: {categories}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="247"/>
        <source>No consent is recorded for {company}.</source>
        <translation>Det er ikke registrert noe samtykke for {company}.</translation>
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
    <name>dossier</name>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="24"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="25"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="26"/>
        <source>Competences</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="27"/>
        <source>Tasks and stations mastered</source>
        <translation>Oppgaver og stasjoner deltakeren mestrer</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="28"/>
        <source>Certificates and courses</source>
        <translation>Kurs og kursbevis</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="29"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="30"/>
        <source>Accommodation needs</source>
        <translation>Tilretteleggingsbehov</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="31"/>
        <source>References</source>
        <translation>Referanser</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="32"/>
        <source>The job coach&apos;s statement</source>
        <translation>Jobbkonsulentens uttalelse</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="34"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="35"/>
        <source>Location</source>
        <translation>Arbeidssted</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="36"/>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="37"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="38"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="39"/>
        <source>Languages spoken</source>
        <translation>Språk deltakeren snakker</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="40"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="41"/>
        <source>Attendance rate</source>
        <translation>Oppmøteprosent</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="42"/>
        <source>Functional accommodation needs</source>
        <translation>Funksjonelle tilretteleggingsbehov</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="43"/>
        <source>Statement</source>
        <translation>Uttalelse</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="44"/>
        <source>Job coach</source>
        <translation>Jobbkonsulent</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="45"/>
        <source>The participant&apos;s photo</source>
        <translation>Bilde av deltakeren</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../canteen_app/demo/__init__.py" line="60"/>
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
        <location filename="../../canteen_app/referrals/partners/rules.py" line="79"/>
        <source>An organisation number has nine digits.</source>
        <translation>Et organisasjonsnummer har ni sifre.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="82"/>
        <source>This is not a valid organisation number (the check digit is wrong). Check it again.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet er feil). Kontroller det på nytt.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="96"/>
        <source>Use digits only (spaces are fine), e.g. 400 00 123.</source>
        <translation>Bruk bare sifre (mellomrom går fint), f.eks. 400 00 123.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="99"/>
        <source>An international number has 8 to 15 digits after +.</source>
        <translation>Et internasjonalt nummer har 8 til 15 sifre etter +.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="101"/>
        <source>A Norwegian number has eight digits; start others with +.</source>
        <translation>Et norsk nummer har åtte sifre; begynn andre numre med +.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="107"/>
        <location filename="../../canteen_app/training/participants/rules.py" line="131"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Dette ser ikke ut som en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="113"/>
        <source>A postcode has four digits.</source>
        <translation>Et postnummer har fire sifre.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="120"/>
        <source>This does not look like a web address, e.g. www.example.no.</source>
        <translation>Dette ser ikke ut som en nettadresse, f.eks. www.eksempel.no.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="213"/>
        <source>Give a phone number or an e-mail address.</source>
        <translation>Oppgi et telefonnummer eller en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="236"/>
        <source>Choose a competence area or one goal for each need.</source>
        <translation>Velg et kompetanseområde eller ett mål for hvert krav.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="247"/>
        <source>Choose at least one competence the position needs.</source>
        <translation>Velg minst én kompetanse som stillingen krever.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="249"/>
        <source>Choose at most {max} competences.</source>
        <translation>Velg høyst {max} kompetansekrav.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="256"/>
        <source>A competence is listed twice; keep one of them.</source>
        <translation>En kompetanse står to ganger; behold én av dem.</translation>
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
        <location filename="../../canteen_app/training/participants/service.py" line="584"/>
        <source>Choose an active job coach.</source>
        <translation>Velg en aktiv jobbkonsulent.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/participants/service.py" line="592"/>
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
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="24"/>
        <source>The last day is before the first day.</source>
        <translation>Siste dag er før første dag.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="89"/>
        <source>The measure started on {day}: the period cannot begin before it.</source>
        <translation>Tiltaket startet {day}: perioden kan ikke begynne før det.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="96"/>
        <source>The last day is after today: only days that have come can be reported.</source>
        <translation>Siste dag er etter i dag: bare dager som har vært, kan rapporteres.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="102"/>
        <source>The measure ended on {day}: the period cannot end after it.</source>
        <translation>Tiltaket ble avsluttet {day}: perioden kan ikke slutte etter det.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="106"/>
        <source>The measure is planned to end on {day}: the period cannot end after it.</source>
        <translation>Tiltaket har planlagt slutt {day}: perioden kan ikke slutte etter det.</translation>
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
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="185"/>
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
        <location filename="../../canteen_app/training/attendance/service.py" line="65"/>
        <source>This person cannot check in today. Ask the job coach.</source>
        <translation>Denne personen kan ikke sjekke inn i dag. Spør jobbkonsulenten.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/attendance/service.py" line="170"/>
        <source>This day does not count: the canteen is closed or the measure does not run.</source>
        <translation>Denne dagen telles ikke: kantinen er stengt, eller tiltaket pågår ikke.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/rules.py" line="238"/>
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
        <location filename="../../canteen_app/training/nav_reports/rules.py" line="32"/>
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
        <location filename="../../canteen_app/referrals/partners/rules.py" line="240"/>
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
        <location filename="../../canteen_app/training/plans/service.py" line="50"/>
        <source>This goal is no longer in the plan.</source>
        <translation>Målet står ikke lenger i planen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/plans/service.py" line="359"/>
        <source>This goal has assessments; remove it and add the new goal instead.</source>
        <translation>Målet har vurderinger; fjern det, og legg til det nye målet i stedet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="77"/>
        <source>This partner company was not found. It may have been deleted.</source>
        <translation>Fant ikke samarbeidsbedriften. Den kan ha blitt slettet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="78"/>
        <source>This location was not found. It may have been deleted.</source>
        <translation>Fant ikke arbeidsstedet. Det kan ha blitt slettet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="79"/>
        <source>This contact person was not found. They may have been deleted.</source>
        <translation>Fant ikke kontaktpersonen. Personen kan ha blitt slettet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="80"/>
        <source>This position was not found. It may have been deleted.</source>
        <translation>Fant ikke stillingen. Den kan ha blitt slettet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="81"/>
        <source>Referrals or consents refer to this, so it cannot be deleted. Deactivate it instead.</source>
        <translation>Henvisninger eller samtykker viser til dette, så det kan ikke slettes. Deaktiver det i stedet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="238"/>
        <location filename="../../canteen_app/referrals/partners/service.py" line="263"/>
        <source>A partner company with this name exists already.</source>
        <translation>Det finnes allerede en samarbeidsbedrift med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="251"/>
        <source>Another partner company has this organisation number.</source>
        <translation>En annen samarbeidsbedrift har dette organisasjonsnummeret.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="291"/>
        <location filename="../../canteen_app/referrals/partners/service.py" line="305"/>
        <source>This company has a location with this name already.</source>
        <translation>Bedriften har allerede et arbeidssted med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="330"/>
        <source>Choose one of this company&apos;s locations.</source>
        <translation>Velg ett av bedriftens arbeidssteder.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="378"/>
        <location filename="../../canteen_app/referrals/partners/service.py" line="396"/>
        <source>This company has a position with this title already.</source>
        <translation>Bedriften har allerede en stilling med denne tittelen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="538"/>
        <source>A competence goal was not found; choose it again.</source>
        <translation>Fant ikke et kompetansemål; velg det på nytt.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/partners/service.py" line="541"/>
        <location filename="../../canteen_app/training/plans/service.py" line="484"/>
        <source>This goal is retired; choose another.</source>
        <translation>Målet er tatt ut av bruk; velg et annet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="186"/>
        <source>Tick at least one kind of data the consent covers.</source>
        <translation>Kryss av for minst én type opplysninger som samtykket gjelder.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="190"/>
        <source>The consent cannot be given on a day still to come.</source>
        <translation>Samtykket kan ikke være gitt på en dag som ikke har kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="194"/>
        <source>The consent cannot expire before the day it was given.</source>
        <translation>Samtykket kan ikke utløpe før den dagen det ble gitt.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="198"/>
        <source>A consent runs at most 12 months: it must expire on {latest} at the latest.</source>
        <translation>Et samtykke gjelder i høyst 12 måneder: det må utløpe senest {latest}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="209"/>
        <source>A withdrawal cannot be dated on a day still to come.</source>
        <translation>En tilbaketrekking kan ikke dateres på en dag som ikke har kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/rules.py" line="212"/>
        <source>A withdrawal cannot be dated before the consent was given ({given}).</source>
        <translation>En tilbaketrekking kan ikke dateres før samtykket ble gitt ({given}).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="67"/>
        <source>This consent was not found. It may have been removed.</source>
        <translation>Fant ikke samtykket. Det kan ha blitt fjernet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="157"/>
        <source>This consent was withdrawn already, on {date}.</source>
        <translation>Dette samtykket er allerede trukket tilbake, {date}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="318"/>
        <source>There is no consent form in the language {language}.</source>
        <translation>Det finnes ikke noe samtykkeskjema på språket {language}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="450"/>
        <location filename="../../ui/referrals/consent/form.py" line="36"/>
        <source>Choose a partner company.</source>
        <translation>Velg en samarbeidsbedrift.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="454"/>
        <source>This partner company is no longer active. Choose another.</source>
        <translation>Denne samarbeidsbedriften er ikke lenger aktiv. Velg en annen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="463"/>
        <source>Choose a contact person of this company, or none.</source>
        <translation>Velg en kontaktperson i denne bedriften, eller ingen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/consent/service.py" line="469"/>
        <source>This contact person is no longer active. Choose another.</source>
        <translation>Denne kontaktpersonen er ikke lenger aktiv. Velg en annen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="134"/>
        <source>A certificate cannot be dated on a day still to come.</source>
        <translation>Et kursbevis kan ikke dateres på en dag som ikke har kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="138"/>
        <source>Check the year: the date is before {earliest}.</source>
        <translation>Kontroller året: datoen er før {earliest}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="162"/>
        <source>Give a phone number or an e-mail address the recruiter can use.</source>
        <translation>Oppgi et telefonnummer eller en e-postadresse som rekruttereren kan bruke.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="166"/>
        <source>The reference&apos;s yes cannot be dated on a day still to come.</source>
        <translation>Referansens ja kan ikke dateres på en dag som ikke har kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="226"/>
        <source>Unknown language code: {codes}.</source>
        <translation>Ukjent språkkode: {codes}.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/rules.py" line="231"/>
        <source>Too many languages: remove some.</source>
        <translation>For mange språk: fjern noen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/service.py" line="91"/>
        <source>This certificate was not found. It may have been removed.</source>
        <translation>Fant ikke kursbeviset. Det kan ha blitt fjernet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/service.py" line="92"/>
        <source>This reference was not found. It may have been removed.</source>
        <translation>Fant ikke referansen. Den kan ha blitt fjernet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/service.py" line="104"/>
        <source>The dossier has changed since the preview: nothing was written. Look at the preview again before saving.</source>
        <translation>Mappen er endret siden forhåndsvisningen: ingenting ble skrevet. Se på forhåndsvisningen igjen før du lagrer.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/dossiers/service.py" line="838"/>
        <source>A dossier is written in Norwegian (nb) or English (en).</source>
        <translation>En mappe skrives på norsk (nb) eller engelsk (en).</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="143"/>
        <source>A referral cannot move from “{current}” to “{stage}”.</source>
        <translation>En henvisning kan ikke flyttes fra «{current}» til «{stage}».</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="149"/>
        <source>Write why the stage is corrected.</source>
        <translation>Skriv hvorfor fasen rettes.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="156"/>
        <source>Choose {day} or later: the last move was on that day.</source>
        <translation>Velg {day} eller senere: den siste flyttingen var den dagen.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="183"/>
        <source>A stage cannot be dated ahead of today.</source>
        <translation>En fase kan ikke dateres fram i tid.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/service.py" line="63"/>
        <source>This referral was not found. It may have been removed.</source>
        <translation>Fant ikke henvisningen. Den kan ha blitt fjernet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/service.py" line="518"/>
        <source>Choose an active partner company.</source>
        <translation>Velg en aktiv samarbeidsbedrift.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/service.py" line="521"/>
        <source>Choose an active location of this company.</source>
        <translation>Velg et aktivt arbeidssted i denne bedriften.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/service.py" line="525"/>
        <source>Choose an active position of this company.</source>
        <translation>Velg en aktiv stilling i denne bedriften.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/service.py" line="539"/>
        <source>Choose an active contact person of this company.</source>
        <translation>Velg en aktiv kontaktperson i denne bedriften.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/day_cards/rules.py" line="25"/>
        <source>This participant has no station and tasks on or before {day}. Choose them first.</source>
        <translation>Deltakeren har ingen stasjon og oppgaver {day} eller tidligere. Velg dem først.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/day_cards/service.py" line="111"/>
        <location filename="../../canteen_app/training/tasks/service.py" line="53"/>
        <source>This station is no longer in the task library.</source>
        <translation>Stasjonen finnes ikke lenger i oppgavebiblioteket.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="116"/>
        <source>Add at least one step.</source>
        <translation>Legg til minst ett trinn.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="119"/>
        <source>A task has at most {max} steps; split it into two tasks.</source>
        <translation>En oppgave har høyst {max} trinn; del den i to oppgaver.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="124"/>
        <source>Choose a pictogram.</source>
        <translation>Velg et piktogram.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="138"/>
        <source>Choose at least one task.</source>
        <translation>Velg minst én oppgave.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="141"/>
        <source>Choose at most {max} tasks for one day.</source>
        <translation>Velg høyst {max} oppgaver for én dag.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="144"/>
        <source>A task is chosen twice.</source>
        <translation>En oppgave er valgt to ganger.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/rules.py" line="151"/>
        <source>Translations are for the participants&apos; languages only.</source>
        <translation>Oversettelser er bare for deltakernes språk.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="54"/>
        <source>This task is no longer in the task library.</source>
        <translation>Oppgaven finnes ikke lenger i oppgavebiblioteket.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="55"/>
        <source>This day assignment was removed meanwhile.</source>
        <translation>Oppsettet for denne dagen er fjernet i mellomtiden.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="369"/>
        <source>There is a station with this name.</source>
        <translation>Det finnes allerede en stasjon med dette navnet.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="378"/>
        <location filename="../../canteen_app/training/tasks/service.py" line="463"/>
        <source>Choose a station.</source>
        <translation>Velg en stasjon.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="380"/>
        <location filename="../../canteen_app/training/tasks/service.py" line="466"/>
        <source>This station is retired.</source>
        <translation>Stasjonen er tatt ut av bruk.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="481"/>
        <source>Choose tasks of the chosen station only.</source>
        <translation>Velg bare oppgaver fra valgt stasjon.</translation>
    </message>
    <message>
        <location filename="../../canteen_app/training/tasks/service.py" line="484"/>
        <source>A chosen task is retired.</source>
        <translation>En valgt oppgave er tatt ut av bruk.</translation>
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
        <location filename="../../ui/shell/pages.py" line="55"/>
        <source>Guest counter</source>
        <translation>Gjesteteller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="62"/>
        <source>Guest statistics</source>
        <translation>Gjestestatistikk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="69"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="76"/>
        <source>Dishes</source>
        <translation>Retter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="83"/>
        <source>Ingredients</source>
        <translation>Råvarer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="90"/>
        <source>Canteen calendar</source>
        <translation>Kantinekalender</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="97"/>
        <source>My overview</source>
        <translation>Min oversikt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="104"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="111"/>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="118"/>
        <source>Task library</source>
        <translation>Oppgavebibliotek</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="125"/>
        <source>Partners</source>
        <translation>Samarbeidsbedrifter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="132"/>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="139"/>
        <source>Audit log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="146"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="153"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="160"/>
        <source>Backup and restore</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="167"/>
        <source>Retention</source>
        <translation>Sletting og arkiv</translation>
    </message>
</context>
<context>
    <name>participantActions</name>
    <message>
        <location filename="../../ui/shell/pages.py" line="182"/>
        <source>Training plan…</source>
        <translation>Opplæringsplan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="188"/>
        <source>Attendance…</source>
        <translation>Oppmøte…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="194"/>
        <source>NAV report…</source>
        <translation>NAV-rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="200"/>
        <source>Day card…</source>
        <translation>Dagskort…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="206"/>
        <source>Matching positions…</source>
        <translation>Stillinger som passer…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="212"/>
        <source>Consents…</source>
        <translation>Samtykker…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="218"/>
        <source>New referral…</source>
        <translation>Ny henvisning…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="224"/>
        <source>Certificates and references…</source>
        <translation>Kursbevis og referanser…</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="44"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="56"/>
        <source>{area} – the whole area</source>
        <translation>{area} – hele området</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="71"/>
        <source>(goal not found)</source>
        <translation>(fant ikke målet)</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="77"/>
        <source>{need}: at least {level}</source>
        <translation>{need}: minst {level}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="84"/>
        <source>{covered} of {total}</source>
        <translation>{covered} av {total}</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="90"/>
        <source>✓ Met</source>
        <translation>✓ Oppfylt</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="92"/>
        <source>Missing: not assessed</source>
        <translation>Mangler: ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../ui/referrals/partners/words.py" line="93"/>
        <source>Missing: {below} below</source>
        <translation>Mangler: {below} under kravet</translation>
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
    <name>referralActions</name>
    <message>
        <location filename="../../ui/shell/pages.py" line="236"/>
        <source>Dossier…</source>
        <translation>Mappe…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="242"/>
        <source>Export dossiers…</source>
        <translation>Eksporter mapper…</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="60"/>
        <source>Prepared</source>
        <translation>Forberedt</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="61"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="62"/>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="63"/>
        <source>Work trial</source>
        <translation>Arbeidsutprøving</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="64"/>
        <source>Hired</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="65"/>
        <source>Not hired</source>
        <translation>Ikke ansatt</translation>
    </message>
    <message>
        <location filename="../../canteen_app/referrals/referrals/rules.py" line="66"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
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
        <source>Partners and referrals</source>
        <translation>Henvisning til jobb</translation>
    </message>
    <message>
        <location filename="../../ui/shell/workspace.py" line="171"/>
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
