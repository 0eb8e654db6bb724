"""How people's names are written: the particles that join a surname, and what
a given name or an honorific tells of a person's gender (for "he" and "she")."""

from __future__ import annotations

# Words that join a surname ("Ursula von der Leyen", "Charles de Gaulle").
PARTICLES = frozenset("von van der den de da di du del della la le ter ten bin ibn al".split())


def surname_of(name: str) -> str:
    """A name's last word with the particles before it: "von der Leyen"."""
    words = name.split()
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
    if len(words) < 2:
        return None
    given = words[0].lower()
    return "f" if given in _FEMALE else "m" if given in _MALE else None
