<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <location filename="../../ui/platform/audit/view.py" line="490"/>
        <source>Exported %n entry(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="161"/>
        <source>The planned end has passed (%n day(s) ago).</source>
        <translation>
            <numerusform>The planned end has passed (%n day ago).</numerusform>
            <numerusform>The planned end has passed (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/participants/model.py" line="164"/>
        <source>The measure ends in %n day(s).</source>
        <translation>
            <numerusform>The measure ends in %n day.</numerusform>
            <numerusform>The measure ends in %n days.</numerusform>
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
</TS>
