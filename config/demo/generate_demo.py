#!/usr/bin/env python3
"""Generate Tote's demo warehouse data: catalog.json and orders.json.

Deterministic (fixed seed, Python 3 standard library only): running it twice gives
byte-identical files. Usage, from anywhere:

    python3 config/demo/generate_demo.py            # writes next to this script
    python3 config/demo/generate_demo.py --check    # exits 1 if the committed files differ

Everything here is fictional: company prefixes, names, phone numbers and tracking
data are made up; addresses use real street and postal-code formats.
"""
from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import sys

SEED = 20261127
HERE = os.path.dirname(os.path.abspath(__file__))

# Warehouse: 12 aisles x 6 bays x 2 sides x 2 levels = 288 bins (config/warehouse.toml).
AISLES, BAYS, SIDES, LEVELS = 12, 6, ("A", "B"), 2

# Demo day. The loader rebases these times to "now".
DAY = calendar.timegm((2026, 11, 27, 0, 0, 0))


# --------------------------------------------------------------------------- GS1
def check_digit(payload: str) -> str:
    """GS1 mod 10: weights 3,1,3,1... from the right-most payload digit."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return str((10 - total % 10) % 10)


def gtin(payload: str) -> str:
    return payload + check_digit(payload)


# --------------------------------------------------------------------------- catalogue
# brand -> (GS1 company prefix, format). EAN-13: prefix + item reference = 12 digits + check.
# UPC-A: 11 digits + check. Prefixes are fictional company numbers inside real GS1 ranges.
BRANDS = {
    "Fjällgrå": ("7351840", "ean13"),      # apparel, Sweden (730-739)
    "Nordic Home": ("7354126", "ean13"),   # mugs, glassware, kitchen textiles
    "Lumen & Wick": ("5909871", "ean13"),  # candles, Poland (590)
    "Papyra": ("4006243", "ean13"),        # notebooks, Germany (400-440)
    "Dew Botanics": ("8809637", "ean13"),  # skincare, Korea (880)
    "Shellcraft": ("084231", "upca"),      # phone cases, US/Canada (UPC-A)
}

# A few Shellcraft cases are also sold through an EU distributor under its own EAN-13.
SHELLCRAFT_EU_PREFIX = "4012579"

COLORS = {"BLK": "black", "WHT": "white", "NVY": "navy", "OLV": "olive", "GRY": "grey",
          "SAN": "sand", "RST": "rust", "SGE": "sage", "CLR": "clear", "TER": "terracotta",
          "BLU": "blue", "PNK": "pink"}


def products() -> list[dict]:
    """Every SKU as (category, brand, code, name, weight) before barcodes and bins."""
    out = []

    def add(cat, brand, code, name, weight):
        out.append({"cat": cat, "brand": brand, "sku": code, "name": name, "weight_g": weight})

    # apparel
    for c in ("BLK", "WHT", "NVY", "OLV"):
        for s, w in (("S", 165), ("M", 180), ("L", 195), ("XL", 210)):
            add("apparel", "Fjällgrå", f"TEE-{c}-{s}", f"Organic tee, {COLORS[c]}, {s}", w)
    for c in ("BLK", "GRY"):
        for s, w in (("S", 480), ("M", 520), ("L", 560), ("XL", 600)):
            add("apparel", "Fjällgrå", f"HOOD-{c}-{s}", f"Merino-blend hoodie, {COLORS[c]}, {s}", w)
    for c in ("GRY", "RST", "NVY"):
        for s, label in (("3639", "36-39"), ("4043", "40-43")):
            add("apparel", "Fjällgrå", f"SOCK-{c}-{s}", f"Wool socks, {COLORS[c]}, {label}", 60)
    for c in ("BLK", "RST", "OLV", "SAN"):
        add("apparel", "Fjällgrå", f"BEAN-{c}", f"Ribbed beanie, {COLORS[c]}", 90)
    for c in ("SAN", "BLK", "OLV"):
        add("apparel", "Fjällgrå", f"TOTE-{c}", f"Canvas tote bag, {COLORS[c]}", 240)
    for c in ("GRY", "RST", "NVY", "SAN"):
        add("apparel", "Fjällgrå", f"SCRF-{c}", f"Lambswool scarf, {COLORS[c]}", 150)

    # mugs and glassware
    for c in ("WHT", "BLK", "SGE", "TER", "BLU", "SAN"):
        add("kitchen", "Nordic Home", f"MUG-SW-{c}", f"Stoneware mug 350 ml, {COLORS[c]}", 340)
    for c in ("WHT", "BLU", "SGE", "BLK"):
        add("kitchen", "Nordic Home", f"MUG-EN-{c}", f"Enamel camp mug, {COLORS[c]}", 210)
    for c in ("BLK", "SGE", "SAN"):
        add("kitchen", "Nordic Home", f"TUMB-{c}", f"Insulated travel tumbler 450 ml, {COLORS[c]}", 290)
    add("glass", "Nordic Home", "GLS-TMB-2", "Recycled glass tumblers, set of 2", 520)
    add("glass", "Nordic Home", "GLS-TMB-4", "Recycled glass tumblers, set of 4", 1010)
    add("glass", "Nordic Home", "GLS-WIN-2", "Stemless wine glasses, pair", 610)
    add("glass", "Nordic Home", "GLS-ESP-2", "Double-wall espresso glasses, pair", 260)
    add("glass", "Nordic Home", "GLS-CAR-1L", "Glass carafe 1 l", 640)
    add("glass", "Nordic Home", "GLS-CAR-05L", "Glass carafe 0.5 l", 420)
    add("glass", "Nordic Home", "GLS-JAR-3", "Storage jars with oak lids, set of 3", 1180)
    for c in ("SAN", "SGE", "RST", "GRY"):
        add("kitchen", "Nordic Home", f"TOWL-{c}", f"Linen tea towel, {COLORS[c]}", 110)
    for c in ("SAN", "GRY", "TER"):
        add("kitchen", "Nordic Home", f"NAPK-{c}", f"Linen napkins, set of 4, {COLORS[c]}", 210)
    add("kitchen", "Nordic Home", "COAST-CORK-4", "Cork coasters, set of 4", 80)
    add("kitchen", "Nordic Home", "COAST-SLT-4", "Slate coasters, set of 4", 420)

    # candles
    scents = (("FIG", "fig & cedar"), ("SEA", "sea salt"), ("AMB", "amber"), ("LAV", "lavender"),
              ("PIN", "winter pine"), ("CIT", "yuzu & citrus"), ("TEA", "black tea"), ("ROS", "wild rose"))
    for code, scent in scents:
        add("candles", "Lumen & Wick", f"CNDL-{code}-S", f"Soy candle, {scent}, 180 g", 260)
        add("candles", "Lumen & Wick", f"CNDL-{code}-L", f"Soy candle, {scent}, 420 g", 610)
    add("candles", "Lumen & Wick", "WICK-TRIM", "Wick trimmer, brass", 70)
    add("candles", "Lumen & Wick", "GIFT-TRIO-S", "Candle gift set, three 180 g scents", 820)
    add("candles", "Lumen & Wick", "TEALIGHT-24", "Unscented tealights, 24 pack", 330)
    add("candles", "Lumen & Wick", "MATCH-LONG", "Long safety matches, glass jar", 150)

    # notebooks and stationery
    for ruling in (("DOT", "dotted"), ("LIN", "lined"), ("BLK", "blank")):
        for c in ("BLK", "SGE", "TER", "NVY"):
            add("paper", "Papyra", f"NB-A5-{ruling[0]}-{c}", f"Notebook A5, {ruling[1]}, {COLORS[c]}", 260)
    for c in ("BLK", "SGE", "TER", "SAN"):
        add("paper", "Papyra", f"NB-A6-{c}", f"Pocket notebook A6, dotted, {COLORS[c]}", 110)
    add("paper", "Papyra", "PLAN-2027-BLK", "Weekly planner 2027, black", 380)
    add("paper", "Papyra", "PLAN-2027-SGE", "Weekly planner 2027, sage", 380)
    add("paper", "Papyra", "PEN-GEL-3", "Gel pens 0.5 mm, set of 3", 45)
    add("paper", "Papyra", "CARD-XMAS-10", "Holiday cards with envelopes, 10 pack", 230)
    for c in ("SGE", "TER", "BLU"):
        add("paper", "Papyra", f"WASHI-{c}", f"Washi tape, 3 rolls, {COLORS[c]}", 40)

    # skincare
    skincare = (("CRM-FACE-50", "Daily face cream 50 ml", 120), ("SER-VITC-30", "Vitamin C serum 30 ml", 95),
                ("SER-HYAL-30", "Hyaluronic serum 30 ml", 95), ("CLN-GEL-150", "Gel cleanser 150 ml", 190),
                ("CLN-OIL-200", "Cleansing oil 200 ml", 260), ("TNR-200", "Hydrating toner 200 ml", 250),
                ("LIP-BALM", "Lip balm, unscented", 20), ("LIP-TINT", "Tinted lip balm, rose", 20),
                ("HAND-75", "Hand cream 75 ml", 100), ("BODY-250", "Body lotion 250 ml", 300),
                ("MASK-5", "Sheet masks, 5 pack", 140), ("SPF50-50", "Sunscreen SPF 50, 50 ml", 85),
                ("EYE-15", "Eye cream 15 ml", 60), ("MIST-100", "Facial mist 100 ml", 150),
                ("GIFT-MINI", "Travel minis gift set", 310), ("GIFT-ROUTINE", "Full routine gift box", 780),
                ("SCRUB-200", "Sugar body scrub 200 ml", 330))
    for code, name, w in skincare:
        add("skincare", "Dew Botanics", f"DEW-{code}", name, w)

    # phone cases
    models = (("IP14", "iPhone 14"), ("IP15", "iPhone 15"), ("IP15P", "iPhone 15 Pro"), ("IP16", "iPhone 16"),
              ("IP16P", "iPhone 16 Pro"), ("GS24", "Galaxy S24"), ("PX9", "Pixel 9"))
    for code, model in models:
        for c in ("CLR", "BLK", "SGE"):
            add("cases", "Shellcraft", f"CASE-{code}-{c}", f"Phone case {model}, {COLORS[c]}", 45)
    return out


# Categories in pick-path order: related goods share aisles, heavy glass sits low.
AISLE_ORDER = ("apparel", "kitchen", "glass", "candles", "paper", "skincare", "cases")


def bins_for(count: int, rng: random.Random) -> list[str]:
    """`count` distinct bins spread evenly over all aisles, in location order."""
    per_aisle = [count // AISLES + (1 if a < count % AISLES else 0) for a in range(AISLES)]
    rng.shuffle(per_aisle)
    chosen = []
    for aisle in range(1, AISLES + 1):
        slots = [(bay, side, level) for bay in range(1, BAYS + 1) for side in SIDES for level in range(1, LEVELS + 1)]
        picked = sorted(rng.sample(slots, per_aisle[aisle - 1]))
        chosen += [f"A{aisle:02d}-{side}-{bay:02d}-{level}" for bay, side, level in picked]
    return chosen


def build_catalog(rng: random.Random) -> list[dict]:
    items = products()
    items.sort(key=lambda p: AISLE_ORDER.index(p["cat"]))  # stable: keeps family order
    bins = bins_for(len(items), rng)
    used_refs: dict[str, list[str]] = {b: [] for b in BRANDS}
    eu_refs: list[str] = []
    dual = set(rng.sample([i for i, p in enumerate(items) if p["brand"] == "Shellcraft"], 5))

    def fresh_ref(pool: list[str], digits: int) -> str:
        while True:
            ref = f"{rng.randrange(10 ** digits):0{digits}d}"
            if ref not in pool:
                pool.append(ref)
                return ref

    catalog = []
    for i, (p, b) in enumerate(zip(items, bins)):
        prefix, fmt = BRANDS[p["brand"]]
        if fmt == "upca":
            codes = [gtin(prefix + fresh_ref(used_refs[p["brand"]], 11 - len(prefix)))]
            if i in dual:
                codes.append(gtin(SHELLCRAFT_EU_PREFIX + fresh_ref(eu_refs, 12 - len(SHELLCRAFT_EU_PREFIX))))
        else:
            codes = [gtin(prefix + fresh_ref(used_refs[p["brand"]], 12 - len(prefix)))]
        catalog.append({"sku": p["sku"], "name": p["name"], "barcodes": codes, "weight_g": p["weight_g"], "bin": b})
    return catalog


# --------------------------------------------------------------------------- pack details
# Added for the pack rules (config/pack-rules.toml) and cartons (config/cartons.toml). These
# only ADD fields: they use no random numbers, so every SKU, bin, barcode and order stays as it was.

# Outer size of one unit as it goes in the box, millimetres (length, width, height), by SKU
# prefix; the longest matching prefix wins.
DIMENSIONS_MM = {
    "TEE-": (300, 240, 25), "HOOD-": (350, 300, 60), "SOCK-": (200, 100, 30), "BEAN-": (220, 200, 30),
    "TOTE-": (380, 300, 15), "SCRF-": (300, 200, 40),
    "MUG-SW-": (125, 95, 105), "MUG-EN-": (130, 95, 90), "TUMB-": (95, 95, 225),
    "GLS-TMB-2": (200, 100, 120), "GLS-TMB-4": (205, 205, 125), "GLS-WIN-2": (250, 105, 130),
    "GLS-ESP-2": (180, 90, 110), "GLS-CAR-1L": (300, 115, 115), "GLS-CAR-05L": (240, 95, 95),
    "GLS-JAR-3": (330, 120, 150),
    "TOWL-": (250, 180, 15), "NAPK-": (220, 200, 40), "COAST-CORK": (110, 110, 30), "COAST-SLT": (110, 110, 40),
    "CNDL-": (95, 95, 105), "WICK-TRIM": (180, 60, 20), "GIFT-TRIO-S": (300, 110, 110),
    "TEALIGHT-24": (200, 130, 40), "MATCH-LONG": (65, 65, 200),
    "NB-A5-": (215, 150, 15), "NB-A6-": (150, 110, 12), "PLAN-2027": (220, 160, 20), "PEN-GEL-3": (160, 60, 15),
    "CARD-XMAS-10": (180, 130, 40), "WASHI-": (80, 80, 45),
    "DEW-GIFT-ROUTINE": (300, 200, 100), "DEW-GIFT-MINI": (200, 140, 60), "DEW-": (150, 60, 60),
    "CASE-": (180, 100, 20),
}
# Large candles are taller than the small ones.
DIMENSIONS_MM_SUFFIX = {"CNDL-": {"-L": (115, 115, 135)}}

# Handling tags: glass and ceramics break, candles in glass jars too; skincare is liquid.
TAGS_BY_PREFIX = {"GLS-": ["fragile", "glass"], "MUG-SW-": ["fragile"], "CNDL-": ["fragile"],
                  "GIFT-TRIO-S": ["fragile"], "COAST-SLT": ["fragile"], "DEW-": ["liquid"]}


def longest_prefix(table: dict, sku: str):
    best = None
    for prefix in table:
        if sku.startswith(prefix) and (best is None or len(prefix) > len(best)):
            best = prefix
    return best


def enrich_catalog(catalog: list[dict]) -> None:
    """Adds `dimensions_mm` and `tags` to every SKU (deterministic, no randomness)."""
    for s in catalog:
        prefix = longest_prefix(DIMENSIONS_MM, s["sku"])
        dims = DIMENSIONS_MM[prefix]
        for suffix, size in DIMENSIONS_MM_SUFFIX.get(prefix, {}).items():
            if s["sku"].endswith(suffix):
                dims = size
        s["dimensions_mm"] = {"length": dims[0], "width": dims[1], "height": dims[2]}
        tags = TAGS_BY_PREFIX.get(longest_prefix(TAGS_BY_PREFIX, s["sku"]) or "", [])
        if tags:
            s["tags"] = list(tags)


# Unit prices in minor units of the order's currency, by SKU prefix (longest prefix wins).
PRICES_EUR_CENTS = {
    "TEE-": 2900, "HOOD-": 8900, "SOCK-": 1900, "BEAN-": 2900, "TOTE-": 2400, "SCRF-": 5900,
    "MUG-": 2200, "TUMB-": 3400, "GLS-": 3900, "GLS-TMB-4": 6900, "GLS-JAR-3": 5400, "TOWL-": 1600, "NAPK-": 3200,
    "COAST-": 1800, "CNDL-": 2400, "WICK-TRIM": 1500, "GIFT-TRIO-S": 4900, "TEALIGHT-24": 900, "MATCH-LONG": 800,
    "NB-": 1400, "PLAN-": 2600, "PEN-": 700, "CARD-": 1200, "WASHI-": 900, "DEW-": 2800, "DEW-GIFT-ROUTINE": 8900,
    "CASE-": 3500,
}
# Currency per destination and a rough rate from EUR, so totals look like real shop prices.
CURRENCY = {"US": ("USD", 1.1), "RO": ("RON", 5.0), "SE": ("SEK", 11.5), "KR": ("KRW", 1450.0), "FR": ("EUR", 1.0),
            "DE": ("EUR", 1.0), "GB": ("GBP", 0.85), "DK": ("DKK", 7.5)}
# `unit_price_minor` is hundredths for every currency (also KRW, which has no minor unit in use).

# Orders with a gift flag (and message, or none), order tags, and first-time customers.
GIFTS = {"#1005": "Happy birthday, Mum! Love, Ana", "#1018": "Merry Christmas from all of us", "#1033": None}
ORDER_TAGS = {"#1002": ["vip"], "#1011": ["wholesale"], "#1018": ["vip", "christmas"], "#1027": ["wholesale"],
              "#1036": ["repeat-buyer"]}
FIRST_ORDERS = {"#1003", "#1008", "#1014", "#1021", "#1029", "#1035"}


def ascii_slug(name: str) -> str:
    import unicodedata
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ".".join(part for part in "".join(c if c.isalnum() else " " for c in flat.lower()).split())


def enrich_orders(orders: list[dict]) -> None:
    """Adds prices, currency, customer, gift and tags to every order (deterministic)."""
    for o in orders:
        number, country = o["number"], o["ship_to"]["country"]
        currency, rate = CURRENCY[country]
        for line in o["lines"]:
            eur = PRICES_EUR_CENTS[longest_prefix(PRICES_EUR_CENTS, line["sku"])]
            line["unit_price_minor"] = int(round(eur * rate / 10.0)) * 10
        o["currency"] = currency
        slug = ascii_slug(o["ship_to"]["name"]) or "customer" + number.lstrip("#")
        o["customer"] = {"email": f"{slug}@example.com", "first_order": number in FIRST_ORDERS}
        if number in GIFTS:
            o["gift"] = True
            if GIFTS[number]:
                o["gift_message"] = GIFTS[number]
        if number in ORDER_TAGS:
            o["tags"] = ORDER_TAGS[number]


# --------------------------------------------------------------------------- customers
# (name, company, address1, address2, city, postal_code, province, country, phone)
CUSTOMERS = [
    # United States
    ("Jordan Miller", None, "1420 SW Alder Street", "Apt 5B", "Portland", "97205", "OR", "US", "+1 503-555-0147"),
    ("Emily Chen", "Bluebird Coffee Co.", "88 Valencia Street", "Suite 210", "San Francisco", "94103", "CA", "US", "+1 415-555-0182"),
    ("Marcus Johnson", None, "2207 Elm Avenue", None, "Austin", "78704", "TX", "US", "+1 512-555-0119"),
    ("Sarah O'Connor", None, "45 Beacon Hill Road", None, "Boston", "02108", "MA", "US", "+1 617-555-0164"),
    ("David Kowalski", "Northside Print Shop", "1300 W Fullerton Ave", "Unit 4", "Chicago", "60614", "IL", "US", "+1 773-555-0133"),
    ("Aisha Rahman", None, "719 Peachtree Street NE", "Apt 1207", "Atlanta", "30308", "GA", "US", "+1 404-555-0171"),
    ("Tyler Brooks", None, "3021 Magnolia Drive", None, "Nashville", "37204", "TN", "US", "+1 615-555-0108"),
    ("Grace Park", None, "16 Orchard Lane", None, "Burlington", "05401", "VT", "US", "+1 802-555-0125"),
    ("Luis Hernández", None, "4510 N 16th Street", "Apt 22", "Phoenix", "85016", "AZ", "US", "+1 602-555-0190"),
    ("Hannah Weber", "Weber & Daughters LLC", "250 Main Street", "Floor 3", "Boise", "83702", "ID", "US", "+1 208-555-0156"),
    # Romania
    ("Ștefan Țurcanu", None, "Strada Mărășești 14", "Bl. A2, sc. 1, ap. 7", "București", "040254", "Sector 4", "RO", "+40 721 555 014"),
    ("Ioana Mărgărit", None, "Bulevardul Ion C. Brătianu 32", "Ap. 12", "București", "030178", "Sector 3", "RO", "+40 722 555 208"),
    ("Andreea Ștefănescu", "Atelier Țesătura SRL", "Strada Horea 7", None, "Cluj-Napoca", "400174", "Cluj", "RO", "+40 745 555 331"),
    ("Mihai Bălănescu", None, "Bulevardul Ștefan cel Mare și Sfânt 41", "Bl. B4, et. 2, ap. 9", "Iași", "700064", "Iași", "RO", "+40 733 555 476"),
    ("Cătălina Dumitrașcu", None, "Strada Învățătorului 3", None, "Timișoara", "300077", "Timiș", "RO", "+40 756 555 092"),
    ("Radu Țîrlea", None, "Strada Mureșenilor 18", None, "Brașov", "500030", "Brașov", "RO", "+40 768 555 143"),
    # legacy cedilla (ş ţ) as old Romanian keyboards still type it: kept as the customer wrote it
    ("Alexandru Munteanu", None, "Calea Moşilor 211", "Ap. 4", "Bucureşti", "020864", "Sector 2", "RO", "+40 726 555 387"),
    ("Elena Sârbu", None, "Strada Câmpineanu 9", None, "Sibiu", "550166", "Sibiu", "RO", "+40 741 555 260"),
    # Sweden
    ("Åsa Öberg", None, "Vasagatan 12", "Lgh 1102", "Göteborg", "411 24", None, "SE", "+46 70 555 12 34"),
    ("Björn Lindqvist", "Lindqvist Design AB", "Stora Nygatan 27", None, "Malmö", "211 37", None, "SE", "+46 73 555 98 21"),
    ("Märta Åkesson", None, "Sankt Eriksgatan 63", "3 tr", "Stockholm", "113 34", None, "SE", "+46 70 555 44 07"),
    ("Erik Sjöström", None, "Svartbäcksgatan 8", None, "Uppsala", "753 20", None, "SE", "+46 76 555 61 90"),
    ("Linnéa Holmgren", None, "Kungsgatan 5", None, "Umeå", "903 25", None, "SE", "+46 72 555 30 15"),
    ("Göran Fäldt", None, "Drottninggatan 44", None, "Örebro", "702 22", None, "SE", "+46 70 555 77 62"),
    # South Korea
    ("김민준", None, "서울특별시 강남구 테헤란로 152", "강남파이낸스센터 12층", "Seoul", "06236", None, "KR", "+82 10-5555-0123"),
    ("이서연", None, "서울특별시 마포구 양화로 45", "메세나폴리스 1203호", "Seoul", "04036", None, "KR", "+82 10-5555-0456"),
    ("박지훈", "주식회사 한빛디자인", "부산광역시 해운대구 센텀중앙로 79", "7층", "Busan", "48058", None, "KR", "+82 10-5555-0789"),
    ("최유진", None, "서울특별시 종로구 사직로 161", None, "Seoul", "03045", None, "KR", "+82 10-5555-0321"),
    # France
    ("Élodie Lefèvre", None, "12 rue de la Roquette", "Bâtiment B, 3e étage", "Paris", "75011", None, "FR", "+33 6 55 55 01 23"),
    ("François Bécaud", "Librairie Les Pages Cornées", "8 place Bellecour", None, "Lyon", "69002", None, "FR", "+33 4 55 55 02 47"),
    ("Hélène Mercier", None, "45 boulevard de la Croisette", None, "Cannes", "06400", None, "FR", "+33 6 55 55 03 81"),
    ("Jérôme Garçon", None, "3 rue Sainte-Catherine", "Appartement 14", "Bordeaux", "33000", None, "FR", "+33 7 55 55 04 12"),
    ("Noémie Châtelain", None, "27 quai des Chartrons", None, "Bordeaux", "33300", None, "FR", "+33 6 55 55 05 66"),
    ("Cédric Aubé", None, "110 La Canebière", None, "Marseille", "13001", None, "FR", "+33 6 55 55 06 09"),
    # Germany, United Kingdom, Denmark
    ("Jürgen Weiß", None, "Leopoldstraße 84", None, "München", "80802", None, "DE", "+49 151 55550123"),
    ("Lena Schäfer", "Schäfer Keramik GmbH", "Bergmannstraße 12", "Hinterhaus", "Berlin", "10961", None, "DE", "+49 160 55550456"),
    ("Siobhán O'Neill", None, "14 Hawthorn Road", "Flat 2", "Manchester", "M20 3FE", None, "GB", "+44 7700 900412"),
    ("Oliver Hughes", None, "9 Marlowe Court", None, "Bristol", "BS8 1QU", None, "GB", "+44 7700 900873"),
    ("Søren Kjærgaard", None, "Nørrebrogade 52", "2. th.", "København N", "2200", None, "DK", "+45 55 55 01 23"),
    ("Freja Dahl", None, "Jægergårdsgade 31", None, "Aarhus C", "8000", None, "DK", "+45 55 55 04 56"),
]

CARRIERS = {"US": ("UPS", "USPS"), "RO": ("FAN", "DHL"), "SE": ("POSTNORD", "DHL"), "KR": ("DHL", "UPS"),
            "FR": ("DHL", "UPS"), "DE": ("DHL", "UPS"), "GB": ("DHL", "UPS"), "DK": ("POSTNORD", "DHL")}
CHANNELS = ("web", "web", "web", "nordic-home", "nordic-home", "marketplace-eu", "instagram")


def build_orders(rng: random.Random, catalog: list[dict]) -> list[dict]:
    customers = CUSTOMERS[:]
    rng.shuffle(customers)
    n = len(customers)
    # ~25 % single-line orders, the rest 2-5 lines.
    line_counts = [1] * 10 + [rng.choice((2, 2, 3, 3, 4, 5)) for _ in range(n - 10)]
    rng.shuffle(line_counts)
    orders = []
    for k, (cust, nlines) in enumerate(zip(customers, line_counts)):
        name, company, a1, a2, city, postal, province, country, phone = cust
        created = DAY + rng.randrange(7 * 3600, 11 * 3600, 60)
        ship_by = DAY + rng.randrange(15 * 3600, 18 * 3600 + 1, 15 * 60)
        service = rng.choices(("standard", "express", "overnight"), weights=(60, 28, 12))[0]
        priority = rng.choices((0, 1, 2), weights=(75, 17, 8))[0]
        skus = rng.sample(catalog, nlines)
        lines = []
        for i, s in enumerate(skus, start=1):
            qty = rng.choices((1, 2, 3, 4), weights=(70, 20, 6, 4))[0]
            lines.append({"line": i, "sku": s["sku"], "name": s["name"], "quantity": qty})
        orders.append({
            "number": f"#{1001 + k}",
            "channel": rng.choice(CHANNELS),
            "priority": priority,
            "service": service,
            "carrier": rng.choice(CARRIERS[country]),
            "created_at": created,
            "ship_by": ship_by,
            "ship_to": {"name": name, "company": company, "address1": a1, "address2": a2, "city": city,
                        "postal_code": postal, "province": province, "country": country, "phone": phone},
            "lines": lines,
        })
    return orders


def render(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    catalog = build_catalog(rng)
    orders = build_orders(rng, catalog)
    enrich_catalog(catalog)
    enrich_orders(orders)
    files = {"catalog.json": render(catalog), "orders.json": render(orders)}
    stale = []
    for name, text in files.items():
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as fh:
                    if fh.read() != text:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run generate_demo.py)", file=sys.stderr)
        return 1
    if not args.check:
        print(f"wrote {len(catalog)} SKUs and {len(orders)} orders to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
