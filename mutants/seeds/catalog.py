"""The figures the synthetic farmers are drawn from: villages, crops, rents, buyers, equipment, names.

Every number here is an approximate public figure (sources in seeds/README.md), chosen so that a farmer's
records add up the way a loan officer in the county would expect. Nothing here is random; generate.py draws from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class County:
    code: str  # 6-digit county-level admin code, also the area code of a resident ID
    name: str
    region: str  # "north" (wheat-corn), "south" (rice-wheat) or "northeast" (one summer crop)
    rent_per_mu: tuple[int, int]  # land-transfer rent, CNY per mu per year
    vegetable_share: float  # share of farmers who grow vegetables for market


# Five grain counties; villages carry the 9-digit township-level code (county code + 3-digit township: 1xx towns, 2xx
# xiang). The county codes are real; the township suffixes are only shaped like real ones.
COUNTIES = (
    County("340123", "安徽省肥西县", "south", (600, 900), 0.08),
    County("321281", "江苏省兴化市", "south", (700, 1000), 0.05),
    County("410526", "河南省滑县", "north", (600, 900), 0.03),
    County("371425", "山东省齐河县", "north", (700, 1000), 0.10),
    County("230882", "黑龙江省富锦市", "northeast", (350, 650), 0.0),
)
TOWNSHIP_SUFFIXES = ("101", "102", "103", "104", "105", "106", "201", "202")
VILLAGES = tuple(county.code + suffix for county in COUNTIES for suffix in TOWNSHIP_SUFFIXES)
COUNTY_OF = {county.code: county for county in COUNTIES}


@dataclass(frozen=True)
class Crop:
    yield_kg_per_mu: tuple[int, int]
    price_per_kg: tuple[float, float]  # farm-gate, CNY
    harvest_months: tuple[int, ...]
    sale_lag_days: tuple[int, int]  # how long after harvest the crop is sold (storage, drying, waiting on price)


CROPS = {
    "rice": Crop((450, 600), (2.60, 3.00), (9, 10, 11), (0, 60)),
    "wheat": Crop((380, 500), (2.30, 2.60), (6,), (0, 35)),
    "corn": Crop((400, 650), (2.10, 2.60), (9, 10), (0, 75)),
    "soybean": Crop((120, 180), (4.80, 5.50), (10,), (0, 60)),
    "peanut": Crop((250, 350), (5.60, 7.00), (9,), (0, 45)),
    # Several cuts a year; one sale per quarter stands for the many small market trips.
    "vegetables": Crop((2500, 5000), (1.20, 2.80), (5, 8, 11), (0, 20)),
}
NORTHEAST_CORN_EXTRA_LAG = 60  # north-east corn is often stored frozen and sold through the winter

# Summer/autumn crop grown after wheat on the North China Plain (double cropping).
NORTH_SUMMER_CROPS = (("corn", 0.82), ("soybean", 0.08), ("peanut", 0.10))
# North-east: one crop a year; a farm's land is split between these.
NORTHEAST_CROPS = (("corn", 0.50), ("soybean", 0.30), ("rice", 0.20))
SOUTH_WINTER_WHEAT_SHARE = 0.70  # rice farmers in Anhui/Jiangsu who also grow winter wheat on the same land

# Buyers a farmer sells to, by type: how many of each per county, and how they usually pay.
BUYER_TYPES = {
    #          per county, {channel: weight}
    "DEPOT": (2, {"bank": 0.95, "mobile": 0.05}),  # state grain depot (minimum purchase price)
    "MILL": (3, {"bank": 0.60, "mobile": 0.30, "cash": 0.10}),  # rice or flour mill, feed mill
    "COOP": (5, {"coop": 0.75, "bank": 0.25}),  # farmers' professional cooperative
    "TRADER": (40, {"cash": 0.55, "mobile": 0.40, "bank": 0.05}),  # village grain broker (粮食经纪人)
    "MARKET": (2, {"mobile": 0.60, "cash": 0.40}),  # vegetable wholesale market
}
GRAIN_BUYER_WEIGHTS = {
    # farm kind: {buyer type: weight} -- large farms sell to depots, mills and co-ops; small ones to brokers
    "small": {"TRADER": 0.62, "COOP": 0.18, "MILL": 0.12, "DEPOT": 0.08},
    "large": {"TRADER": 0.25, "COOP": 0.25, "MILL": 0.25, "DEPOT": 0.25},
    "new": {"TRADER": 0.55, "COOP": 0.25, "MILL": 0.15, "DEPOT": 0.05},
}
VEGETABLE_BUYER_WEIGHTS = {"MARKET": 0.5, "TRADER": 0.35, "COOP": 0.15}


@dataclass(frozen=True)
class Equipment:
    price: tuple[int, int]  # CNY, dealer price
    min_area_mu: float  # smallest farm that plausibly buys one
    regions: tuple[str, ...]


EQUIPMENT = {
    "tractor": Equipment((30_000, 200_000), 0, ("north", "south", "northeast")),
    "combine_harvester": Equipment((100_000, 350_000), 80, ("north", "south", "northeast")),
    "rice_transplanter": Equipment((20_000, 80_000), 30, ("south", "northeast")),
    "drone_sprayer": Equipment((30_000, 60_000), 50, ("north", "south", "northeast")),
    "grain_dryer": Equipment((80_000, 250_000), 200, ("north", "south", "northeast")),
    "seeder": Equipment((8_000, 40_000), 0, ("north", "south", "northeast")),
}
SUBSIDY_SHARE = (0.20, 0.35)  # farm-machinery purchase subsidy, share of price
SUBSIDISED_SHARE = 0.80  # share of purchases that are in the subsidy catalogue (the rest: used or uncatalogued)
LOAN_MONTHS = 36  # dealer / bank financing of a machine runs about three years
FINANCED_SHARE_OF_NET = 0.70  # the financed part of (price - subsidy); the rest is the down payment

# Land-transfer contract terms in years, and how often each is seen.
LEASE_TERMS = ((1, 0.12), (2, 0.08), (3, 0.22), (5, 0.30), (8, 0.08), (10, 0.15), (15, 0.05))
# Contracts usually start after the autumn harvest, on the new year, or before spring sowing.
LEASE_START_DAYS = ((10, 1), (11, 1), (1, 1), (3, 1))

# Common surnames, most frequent first (weights fall off with rank), and given-name characters.
SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
)
MALE_GIVEN = tuple("建国华军明伟强平勇志刚海林东文福春德成永庆立宝兴金贵山亮新峰忠礼长青正良富胜洪学")
FEMALE_GIVEN = tuple("秀英兰芳玲丽梅珍霞凤桂敏燕红萍琴云翠娟静春华香玉素荣淑")

# Mobile prefixes in use in mainland China (second and third digit of the 11-digit number).
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)
