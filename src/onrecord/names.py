"""How people's names are written: the particles that join a surname, and what
a given name or an honorific tells of a person's gender (for "he" and "she")."""

from __future__ import annotations

import re

# Words that join a surname ("Ursula von der Leyen", "Charles de Gaulle").
PARTICLES = frozenset("von van der den de da di du del della la le ter ten bin ibn al".split())


# Surnames written first in English copy of East Asian names: Korean ("Lee
# Jae-myung", "Woo Won Shik"), Chinese ("Xi Jinping") and Vietnamese ("Nguyen
# Xuan Phuc"); a given name of one unhyphenated word follows only a Chinese one
# ("Kim Kardashian", "Lee Zeldin" are written given name first).
_KOREAN_SURNAMES = frozenset(
    """
ahn baek bae cha chae cho choi chung gwon ha han heo hong hwang jang jeon jeong jo ju jung
kang ko kwak kwon lee lim moon mun noh oh park rhee ryu seo shin sohn son song suh woo yang
yoo yoon yu yun kim
bui dang do duong hoang huynh ngo nguyen pham phan tran vo vu
""".split()
)
_CHINESE_SURNAMES = frozenset(
    """
bai cai cao chen cheng dai deng ding dong du fan fang feng fu gao gu guo han hao he hou hu
huang jia jiang jin kong lei li liang liao lin liu long lu luo ma mao meng pan peng qian qin
qiu ren shao shen shi song su sun tan tang tian wang wei wen wu xi xia xiao xie xiong xu xue
yan yang yao ye yin yu yuan zeng zhang zhao zheng zhong zhou zhu zou
""".split()
)
# One syllable of a romanized given name: pinyin, Wade-Giles, Korean and
# Vietnamese spellings.
_SYLLABLE = (
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|kh|ng|ph|th|hs|ts|tr|nh|gw|kw|hw)?"
    r"(?:a|e|i|o|u|y|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oa|oe|oi|oo|ou|ua|ue|ui|uo|uy|wa|we|wi"
    r"|wo|ye|yeo|yo|yu)"
    r"(?:ng|nh|ch|n|m|k|l|p|t|r|c)?"
)
_GIVEN = re.compile(rf"{_SYLLABLE}(?:-?{_SYLLABLE}){{0,2}}", re.IGNORECASE)


def surname_first(name: str) -> bool:
    """Whether a name is written surname first, as English copy writes East
    Asian names: a listed surname, then a given name of one to three
    romanized syllables ("Han Dong-hoon", "Woo Won Shik", "Xi Jinping"); not
    "Lee Harvey Oswald" nor "Kim Davis", whose given names are Western."""
    words = name.split()
    surname = words[0].lower() if words else ""
    if not 2 <= len(words) <= 3 or surname not in _KOREAN_SURNAMES | _CHINESE_SURNAMES:
        return False
    given = words[1:]
    if any(w.lower() in _FEMALE or w.lower() in _MALE or not w[:1].isupper() for w in given):
        return False
    if len(given) == 2 and any(len(w) > 5 or "-" in w for w in given):
        return False
    if len(given) == 1 and "-" not in given[0] and surname not in _CHINESE_SURNAMES:
        return False
    return _GIVEN.fullmatch("-".join(given)) is not None


def surname_of(name: str) -> str:
    """A name's surname: its last word with the particles before it ("von der
    Leyen"), or its first in a name written surname first ("Lee Jae-myung")."""
    words = name.split()
    if surname_first(name):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[start:])


# Common given names that, in news text, name women or men; names used for
# both ("Jordan", "Kelly", "Lindsey", "Terry"), or for women in one country and men
# in another ("Jean", "Andrea", "Kristen", "Michele", "Simone"), are in neither.
_FEMALE = frozenset(
    """
abigail ada adriana agnes aileen alexandra alexandria alice alicia alison allison amanda
amber amelia amy ana anastasia angela angelina angelique anita ann anna anne annette
antoinette april ariana audrey ayanna barbara beatrice becky belinda bernadette beth bethany
betsy betty beverly bianca brenda bridget brittany brooke camila carla carly carmen carol
carole caroline carolyn cassandra catherine cathy cecilia celeste charlene charlotte chelsea
cheryl christina christine cindy claire clara claudia colleen condoleezza constance cora
courtney crystal cynthia daisy danielle daphne darlene dawn debbie deborah debra delia
denise diana diane dianne dolores donna doris dorothy edith eileen elaine eleanor elena
elisabeth elise eliza elizabeth ella ellen elsa emilia emily emma erica erika erin esther
eugenia eva evelyn faith felicia fiona florence frances francesca gabriela gabrielle gail
gayle georgia geraldine gina giorgia gloria grace gretchen gwen hannah harriet hazel heather
heidi helen helena hilary hillary holly huma ilhan ingrid irene iris isabel isabella ivanka
jacinda jacqueline jane janet janice jasmine jeanne jeannie jennifer jenny jessica jill joan
joanna joanne jocelyn josephine joy joyce judith judy julia julie juliet june justine kaja
kamala karen kari karin katharine katherine kathleen kathryn kathy katie katrina kay kayla
kellyanne kirsten kristi kristin kristina kyrsten laura lauren laurie leah lena
linda lisa liz lois loretta lori lorraine louise lucia lucy lydia lynn mabel madeleine
madeline maggie marcia margaret margarita maria marian marianne marie marilyn marina marine
marion marjorie marsha martha mary maureen maxine megan melania melanie melinda melissa
meredith mia michelle mildred miranda miriam molly monica nadia nancy naomi natalia
natalie natasha nicole nikki nina nora norma olga olivia pam pamela patricia paula pauline
peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta rosa
rosalind rose rosemary roxanne ruth sabrina sally samantha sandra sara sarah sharon sheila
sherrill shirley silvia sonia sophia sophie stacey stephanie susan susanna suzanne
sylvia tamara tammy tanya teresa theresa tiffany tina tracy tulsi ursula valerie vanessa
vera veronica victoria virginia vivian wanda wendy yvonne zoe
""".split()
)
_MALE = frozenset(
    """
aaron abraham adam adrian alan albert alberto alec alejandro alexander alexei alfred allen
alvin andre andrew andy angus anthony antonio antony archie arnold arthur austin barack
barry beau ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon
brendan brett brian bruce bryan byron calvin carl carlos cecil charles charlie chris
christian christopher chuck clarence claude clifford clint clinton cody colin conrad corey
craig curtis dale dan daniel danny darrell darren dave david dean dennis derek desmond devin
dick dmitry dominic don donald doug douglas duncan dustin dwight earl ed eddie edgar eduardo
edward edwin elijah elliot elon emmanuel enrique eric erik ernest ethan eugene evan felix
fernando francis francisco frank franklin fred frederick friedrich gabriel gary gavin gene
geoffrey george gerald gilbert glenn gordon graham greg gregory gustavo hakeem harold harry
harvey hector henry herbert herman howard hugh hugo hunter ian igor isaac ivan jack jacob
jake jamal james jared jason javier jay jd jeb jeff jefferson jeffrey jens jeremy jerome
jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
julian justin karl kash keir keith ken kenneth kevin kirk kurt kyle lamar lance larry
lawrence leo leon leonard lewis lloyd louis lucas luis luke malcolm manuel marco marcus
mario mark martin marvin matt matthew maurice max melvin michael miguel mike milton mitch
mitchell mitt mohammed muhammad narendra nathan neil nelson newt nicholas nick nigel noah
norman olaf oliver omar oscar owen pablo patrick paul pedro pete peter philip phillip pierre
rafael rahm ralph ramon rand randall randy ray raymond recep reginald reince rex ricardo
richard rick ricky rishi rob robert roberto rod rodney roger roland ron ronald ronnie roy
rudy russell ryan salvador sam samuel scott sean sebastian sergei sergey seth shane sidney
simon stanley stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy
tony travis trent troy tucker tyler victor viktor vincent vladimir volodymyr walter warren
wayne wesley william willie xavier yuri zachary
""".split()
)

# Honorifics and gendered roles written before a name ("Mrs. Clinton",
# "Congresswoman Maxine Waters").
GENDERED_TITLES = {
    "mr.": "m",
    "mr": "m",
    "sir": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "congressman": "m",
    "congresswoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
}


def gender_of(name: str) -> str | None:
    """The gender, "f" or "m", that a full name's given name tells ("Carly
    Fiorina" -> "f"); None for a lone surname or a given name not listed."""
    words = name.split()
    if len(words) < 2 or surname_first(name):
        return None
    given = words[0].lower()
    return "f" if given in _FEMALE else "m" if given in _MALE else None
