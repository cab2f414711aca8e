<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Something went wrong, but your data is safe and the program keeps running.

The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <location filename="../../ui/login.py" line="168"/>
        <source>Welcome! Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="174"/>
        <source>The database is new. The administrator adds the other users and chooses the settings. Use a PIN of at least 6 characters that others cannot guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="183"/>
        <location filename="../../ui/login.py" line="185"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <location filename="../../ui/login.py" line="191"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="195"/>
        <location filename="../../ui/login.py" line="197"/>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="200"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="217"/>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <location filename="../../ui/login.py" line="77"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <location filename="../../ui/login.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <location filename="../../ui/login.py" line="63"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="106"/>
        <source>Clear PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="130"/>
        <source>Choose your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Canteen – {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapWriter</name>
    <message>
        <location filename="../../ui/kiosk.py" line="107"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="111"/>
        <source>Nothing to undo today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="113"/>
        <source>Last tap undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="140"/>
        <source>Add one {name}; {count} today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Log in to leave the kiosk screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Logged in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages.py" line="63"/>
        <source>Guest counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="70"/>
        <source>Guest statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="77"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>canteen manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>job coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Canteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/app.py" line="71"/>
        <source>The demo data could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="91"/>
        <source>The program cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
