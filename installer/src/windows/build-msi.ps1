# Builds the Windows installer installer\target\SoTruong-<version>.msi on a Windows PC.
# (ASCII only: Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page.)
# NOT run by CI (which is Linux) and not yet tried on Windows: the jpackage options are in the
# "windows-msi" profile of installer\pom.xml (ADR 0011); this script checks the prerequisites and runs
# the build.
#
# Needs: a JDK 25 (JAVA_HOME, e.g. Eclipse Temurin 25) and WiX Toolset 3.14 (candle.exe/light.exe) or
# WiX 5 (wix.exe) on the PATH. Usage, from the repository root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\src\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
$repo = Resolve-Path (Join-Path $PSScriptRoot '..\..\..')
Set-Location $repo

if (-not $env:JAVA_HOME -or -not (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    throw 'JAVA_HOME must point to a JDK 25 (with bin\jpackage.exe).'
}
$version = & (Join-Path $env:JAVA_HOME 'bin\java.exe') -XshowSettings:properties -version 2>&1 |
    Select-String 'java.specification.version = (\d+)' | ForEach-Object { [int]$_.Matches[0].Groups[1].Value }
if ($version -lt 25) { throw "JAVA_HOME is Java $version; So Truong needs JDK 25." }
if (-not (Get-Command wix.exe -ErrorAction SilentlyContinue) -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset not on PATH: install WiX 3.14 or WiX 5 (jpackage uses it to make the .msi).'
}

# the jars, the licence files and THIRD-PARTY.txt, then (profile windows-msi, active on Windows)
# jpackage: app-image SoTruong\ (SoTruong.exe + sotruong-cli.exe) and the .msi
& .\mvnw.cmd -B package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "Maven build failed ($LASTEXITCODE)" }
Get-ChildItem installer\target\*.msi | ForEach-Object { "Built: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
