#!/usr/bin/env python3
"""Builds assets/fonts/NotoSansCJKjp-Subset.otf: the characters of JIS X 0213 and the
supplementary-plane ideographs of Noto Sans CJK JP (𠮷 and the other name characters) that
BIZ UDPGothic lacks. Needs fontTools (pip install fonttools) and Debian's fonts-noto-cjk
(apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb noto)."""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

noto_ttc = sys.argv[1] if len(sys.argv) > 1 else "noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
biz = TTFont("assets/fonts/BIZUDPGothic-Regular.ttf").getBestCmap()
noto = TTFont(noto_ttc, fontNumber=0)  # Noto Sans CJK JP
have = noto.getBestCmap()
jis = set()
for cp in range(0x20, 0x30000):
    try:
        chr(cp).encode("euc_jis_2004")
        jis.add(cp)
    except UnicodeEncodeError:
        pass
wanted = {cp for cp in jis | {cp for cp in have if cp >= 0x20000} if cp not in biz and cp in have}
options = subset.Options()
options.layout_features = []
options.name_IDs = ["*"]
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=sorted(wanted))
subsetter.subset(noto)
noto.save("assets/fonts/NotoSansCJKjp-Subset.otf")
print(f"{len(wanted)} characters")
