<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="31"/>
        <source>Desktop client for BILLmanager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="10"/>
        <source>mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="11"/>
        <source>No account yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
