<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyCycleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/dialogs.py" line="233"/>
        <source>{name} (%n week(s))</source>
        <translation>
            <numerusform>{name} (%n week)</numerusform>
            <numerusform>{name} (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="367"/>
        <source>Present: %n day(s), {hours} hours</source>
        <translation>
            <numerusform>Present: %n day, {hours} hours</numerusform>
            <numerusform>Present: %n days, {hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="370"/>
        <source>Excused absence: %n day(s)</source>
        <translation>
            <numerusform>Excused absence: %n day</numerusform>
            <numerusform>Excused absence: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="371"/>
        <source>Unexcused absence: %n day(s)</source>
        <translation>
            <numerusform>Unexcused absence: %n day</numerusform>
            <numerusform>Unexcused absence: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/attendance/dialog.py" line="372"/>
        <source>Not registered: %n day(s)</source>
        <translation>
            <numerusform>Not registered: %n day</numerusform>
            <numerusform>Not registered: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <location filename="../../ui/platform/audit/view.py" line="498"/>
        <source>Exported %n entry(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierBatchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="273"/>
        <source>%n referral(s) ticked</source>
        <translation>
            <numerusform>%n referral ticked</numerusform>
            <numerusform>%n referrals ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="319"/>
        <source>%n dossier(s) written to {folder}.</source>
        <translation>
            <numerusform>%n dossier written to {folder}.</numerusform>
            <numerusform>%n dossiers written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/referrals/dossiers/batch.py" line="336"/>
        <source>%n referral(s) skipped: no dossier went to them.</source>
        <translation>
            <numerusform>%n referral skipped: no dossier went to it.</numerusform>
            <numerusform>%n referrals skipped: no dossier went to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngredientImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="209"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/import_dialog.py" line="253"/>
        <source>Import %n ingredient(s)</source>
        <translation>
            <numerusform>Import %n ingredient</numerusform>
            <numerusform>Import %n ingredients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngredientsView</name>
    <message numerus="yes">
        <location filename="../../ui/canteen/ingredients/view.py" line="407"/>
        <source>Exported %n ingredient(s) to {file} in the folder {folder}.</source>
        <translation>
            <numerusform>Exported %n ingredient to {file} in the folder {folder}.</numerusform>
            <numerusform>Exported %n ingredients to {file} in the folder {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MenuView</name>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="444"/>
        <source>Copied {week} to %n week(s); {days} days were filled.</source>
        <translation>
            <numerusform>Copied {week} to %n week; {days} days were filled.</numerusform>
            <numerusform>Copied {week} to %n weeks; {days} days were filled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="475"/>
        <source>Saved the cycle “{name}” (%n week(s)).</source>
        <translation>
            <numerusform>Saved the cycle “{name}” (%n week).</numerusform>
            <numerusform>Saved the cycle “{name}” (%n weeks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="562"/>
        <source>The cycle filled %n day(s).</source>
        <translation>
            <numerusform>The cycle filled %n day.</numerusform>
            <numerusform>The cycle filled %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/menus/view.py" line="564"/>
        <source>%n closed day(s) were skipped.</source>
        <translation>
            <numerusform>%n closed day was skipped.</numerusform>
            <numerusform>%n closed days were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="198"/>
        <source>Everyone&apos;s caseload: %n participant(s)</source>
        <translation>
            <numerusform>Everyone&apos;s caseload: %n participant</numerusform>
            <numerusform>Everyone&apos;s caseload: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/overview/view.py" line="200"/>
        <source>Your caseload: %n participant(s)</source>
        <translation>
            <numerusform>Your caseload: %n participant</numerusform>
            <numerusform>Your caseload: %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="180"/>
        <source>The planned end has passed (%n day(s) ago).</source>
        <translation>
            <numerusform>The planned end has passed (%n day ago).</numerusform>
            <numerusform>The planned end has passed (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="183"/>
        <source>The measure ends in %n day(s).</source>
        <translation>
            <numerusform>The measure ends in %n day.</numerusform>
            <numerusform>The measure ends in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message numerus="yes">
        <location filename="../../ui/referrals/referrals/view.py" line="253"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message numerus="yes">
        <location filename="../../ui/platform/retention/view.py" line="220"/>
        <source>Ended more than %n month(s) ago: {count}</source>
        <translation>
            <numerusform>Ended more than %n month ago: {count}</numerusform>
            <numerusform>Ended more than %n months ago: {count}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <location filename="../../ui/canteen/statistics/view.py" line="697"/>
        <source>{day}: %n guest(s)</source>
        <translation>
            <numerusform>{day}: %n guest</numerusform>
            <numerusform>{day}: %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canteen/statistics/view.py" line="702"/>
        <source>Week {week}, {year}: %n guest(s); open days: {days}</source>
        <translation>
            <numerusform>Week {week}, {year}: %n guest; open days: {days}</numerusform>
            <numerusform>Week {week}, {year}: %n guests; open days: {days}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPlanWindow</name>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="415"/>
        <source>Goals: %n</source>
        <translation>
            <numerusform>Goals: %n</numerusform>
            <numerusform>Goals: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/plans/profile.py" line="628"/>
        <source>Self-assessment saved: %n answer(s).</source>
        <translation>
            <numerusform>Self-assessment saved: %n answer.</numerusform>
            <numerusform>Self-assessment saved: %n answers.</numerusform>
        </translation>
    </message>
</context>
</TS>
