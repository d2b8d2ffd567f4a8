#!/usr/bin/env bash
# Draws the Sổ Trường icon (an open register book with a red ribbon on a blue tile) with ImageMagick
# and writes the files the installers use: sotruong.png (256×256, Linux app-image and .deb menu entry)
# and sotruong.ico (16–256 px, Windows .msi). Both are kept in the repository so a build needs no
# ImageMagick; run this again after changing the drawing. Usage: installer/src/icon/draw-icon.sh
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "needs ImageMagick (apt-get install imagemagick)" >&2; exit 1; }
convert -size 256x256 xc:none \
  -fill '#1f5fa6' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#174a82' -draw 'polygon 36,196 128,212 220,196 220,206 128,222 36,206' \
  -fill white \
  -draw 'polygon 36,74 124,90 124,206 36,190' \
  -draw 'polygon 220,74 132,90 132,206 220,190' \
  -fill none -stroke '#a9c3e3' -strokewidth 5 \
  -draw 'line 52,104 110,114' -draw 'line 52,126 110,136' -draw 'line 52,148 110,158' -draw 'line 52,170 110,180' \
  -draw 'line 146,114 204,104' -draw 'line 146,136 204,126' -draw 'line 146,158 204,148' \
  -stroke none -fill '#d7322b' -draw 'polygon 170,84 192,80 192,150 181,138 170,152' \
  -depth 8 -strip sotruong.png
convert sotruong.png -define icon:auto-resize=256,128,64,48,32,24,16 sotruong.ico
echo "wrote $(pwd)/sotruong.png and sotruong.ico"
