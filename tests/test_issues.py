"""Issues, stances, positions and conflicts: on the example, across dated articles,
on SQLite and PostgreSQL, and through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

from onrecord import Article, analyze
from onrecord.analyze.pipeline import pipeline
from onrecord.analyze.stance import topics
from onrecord.link.embed import encoder, spelled
from onrecord.link.issues import Issue, Member, comparable, conflicts
from onrecord.model import Span, Statement, Topic
from onrecord.record import add
from onrecord.store import StatementQuery, Store
from tests.conftest import ROOT

STANCES = [
    # (text, content, cue, topic, stance)
    (  # the reason for a side is no side on what it names
        "Mayor Ann Lee said she vetoed the budget as it lacked funding for schools.",
        "she vetoed the budget as it lacked funding for schools",
        "said",
        "funding",
        "unclear",
    ),
    (  # what the speakers say they will not give, they are against
        "He said: “I’m not going to give security guarantees. Europe will do that.”",
        "“I’m not going to give security guarantees. Europe will do that.”",
        "said:",
        "security guarantees",
        "against",
    ),
    (  # ... and what they will give, for
        "“We will provide the loans,” she said.",
        "“We will provide the loans,”",
        "said",
        "loans",
        "for",
    ),
    (  # reported speech tells the speaker's "I" as "he"
        "Trump told reporters that he would give the firm a 90-day extension.",
        "that he would give the firm a 90-day extension",
        "told",
        "90-day extension",
        "for",
    ),
    (  # not what another will give
        "She said the banks will provide the loans.",
        "the banks will provide the loans",
        "said",
        "loans",
        "unclear",
    ),
    (  # stressing the importance of a thing is for it
        "He said his talks would stress the importance of obtaining security guarantees.",
        "his talks would stress the importance of obtaining security guarantees",
        "said",
        "security guarantees",
        "for",
    ),
    (  # what a thing does is no one's side ...
        "He said he would review a federal law banning tariffs.",
        "he would review a federal law banning tariffs",
        "said",
        "tariffs",
        "unclear",
    ),
    (  # ... unless the thing is what the content is
        "Her lawyers filed legal papers opposing the unsealing.",
        "legal papers opposing the unsealing",
        "filed",
        "unsealing",
        "against",
    ),
    (  # ... or a side is taken on the thing
        "She said she supported a law banning tariffs.",
        "she supported a law banning tariffs",
        "said",
        "tariffs",
        "against",
    ),
    (  # not across a purpose: time to review is no side on what is reviewed
        "He said he needs time to review the decision to uphold a federal law banning tariffs.",
        "he needs time to review the decision to uphold a federal law banning tariffs",
        "said",
        "federal law",
        "unclear",
    ),
    (  # what the speakers will carry out, they are for
        "Johnson said: “I think we will enforce the law.”",
        "“I think we will enforce the law.”",
        "said:",
        "law",
        "for",
    ),
    (  # what is to be no more is a side against it
        "He said there will be no tariffs on Canada.",
        "there will be no tariffs on Canada",
        "said",
        "tariffs",
        "against",
    ),
    (  # ... what is not, none
        "He said there is no evidence of fraud.",
        "there is no evidence of fraud",
        "said",
        "evidence",
        "unclear",
    ),
    (  # a loss told is no opposition
        "The court said that millions of Americans will be denied a distinctive outlet.",
        "that millions of Americans will be denied a distinctive outlet",
        "said",
        "distinctive outlet",
        "unclear",
    ),
    (  # bringing a thing back is for it
        "He said he would resurrect the trade deal.",
        "he would resurrect the trade deal",
        "said",
        "trade deal",
        "for",
    ),
    (  # a deed a decision is still to be taken on is no one's side
        "Nippon asked in September to refile its bid, a move that put off a decision on "
        "approving the deal.",
        "to refile its bid, a move that put off a decision on approving the deal",
        "asked",
        "deal",
        "unclear",
    ),
    (  # what one declines to talk about is no side on it
        "He said he was visiting as a tourist and refused to talk about America’s interest "
        "in Greenland.",
        "he was visiting as a tourist and refused to talk about America’s interest in Greenland",
        "said",
        "interest in Greenland",
        "unclear",
    ),
    (  # the question put is no side
        "When asked about concerns regarding the bill, she said it was sound.",
        "concerns regarding the bill",
        "asked about",
        "bill",
        "unclear",
    ),
    (  # a verdict on what the thing is
        "Trudeau told Trump that his tariffs on Canadian imports were “a very dumb thing to do”.",
        "that his tariffs on Canadian imports were “a very dumb thing to do”",
        "told",
        "tariffs",
        "against",
    ),
    (  # grounds for a thing denied
        "“There is absolutely no justification or need whatsoever for these tariffs,” Trudeau "
        "told reporters.",
        "“There is absolutely no justification or need whatsoever for these tariffs,”",
        "told",
        "tariffs",
        "against",
    ),
    (  # a verdict on a deed done to the thing composes with the deed
        "The prime minister said that preventing Muslims from entering the U.S. is "
        "divisive, stupid and wrong.",
        "that preventing Muslims from entering the U.S. is divisive, stupid and wrong",
        "said",
        "entering the U.S.",
        "for",
    ),
    (
        "Senator Ann Lee said that rejecting the trade deal was a mistake.",
        "that rejecting the trade deal was a mistake",
        "said",
        "trade deal",
        "for",
    ),
    (  # ... not grounds to do something to it
        "Ivana Trump argued that there was no reason to intrude on her privacy.",
        "that there was no reason to intrude on her privacy",
        "argued",
        "privacy",
        "unclear",
    ),
    (
        "Moscow has consistently opposed the presence of Western troops in Ukraine.",
        "the presence of Western troops in Ukraine",
        "opposed",
        "Western troops in Ukraine",  # the place is part of the question
        "against",
    ),
    (
        "“He wants to be a member of NATO. Well, he was never going to be a member of NATO,” "
        "Trump stated.",
        "“He wants to be a member of NATO. Well, he was never going to be a member of NATO,”",
        "stated",
        "member of NATO",
        "against",
    ),
    (
        "“No one promised Ukraine that NATO membership would be part of the peace agreement,” "
        "he said.",
        "“No one promised Ukraine that NATO membership would be part of the peace agreement,”",
        "said",
        "NATO membership",
        "unclear",
    ),
    (
        "He affirmed that NATO supports the idea of sending troops to Ukraine.",
        "that NATO supports the idea of sending troops to Ukraine",
        "affirmed",
        "troops to Ukraine",
        "for",
    ),
    (
        "The minister said the government does not support new tariffs on steel.",
        "the government does not support new tariffs on steel",
        "said",
        "new tariffs",
        "against",
    ),
    (
        "Zelensky has insisted on the inclusion of membership in any agreement.",
        "the inclusion of membership in any agreement",
        "insisted",
        "membership",
        "for",
    ),
    (  # the phrase is the clause's subject: a predicate adjective judges it
        "Rutte said that Ukraine’s path to NATO remains irreversible.",
        "that Ukraine’s path to NATO remains irreversible",
        "said",
        "path to NATO",
        "for",
    ),
    (
        "Moscow said that Ukrainian neutrality is a crucial condition for any peace accord.",
        "that Ukrainian neutrality is a crucial condition for any peace accord",
        "said",
        "Ukrainian neutrality",
        "for",
    ),
    (  # ... but what its verb does takes no side on it
        "Trump said that his campaign hasn’t spent much yet on television ads.",
        "that his campaign hasn’t spent much yet on television ads",
        "said",
        "campaign",
        "unclear",
    ),
    (
        "She said slashing taxes on the wealthy hasn’t worked.",
        "slashing taxes on the wealthy hasn’t worked",
        "said",
        "taxes",
        "unclear",
    ),
    (  # a bare negation of what the phrase does to something takes no side on it
        "Reid said Trump hadn’t paid any taxes for ten years.",
        "Trump hadn’t paid any taxes for ten years",
        "said",
        "taxes",
        "unclear",
    ),
    (  # the phrase lies in the means, judged by the aim the speaker ascribes
        "Lavrov stated that by discussing sending peacekeepers to Ukraine, Western powers "
        "are attempting to strengthen their anti-Russian position.",
        "that by discussing sending peacekeepers to Ukraine, Western powers are attempting "
        "to strengthen their anti-Russian position",
        "stated",
        "peacekeepers to Ukraine",
        "against",
    ),
    (  # an aim that is neither support nor opposition says nothing of the means
        "He said that by cutting taxes, the mayor is attempting to win more votes.",
        "that by cutting taxes, the mayor is attempting to win more votes",
        "said",
        "taxes",
        "unclear",
    ),
    (  # a relative clause judging the thing gives the speaker's side on it
        "Russia has cited Ukraine’s aspirations to join NATO, which it perceives as a "
        "hostile entity, as a justification for the war.",
        "Ukraine’s aspirations to join NATO, which it perceives as a hostile entity, as a "
        "justification for the war",
        "cited",
        "join NATO",
        "against",
    ),
    (  # a relative clause that only tells of it takes no side
        "Rutte said that Ukraine hopes to join NATO, which it approached in 2008.",
        "that Ukraine hopes to join NATO, which it approached in 2008",
        "said",
        "join NATO",
        "unclear",
    ),
    (  # a place that is no name is not part of the phrase
        "He said that the plan would send troops to the border.",
        "that the plan would send troops to the border",
        "said",
        "troops",
        "unclear",
    ),
    (  # a negated "join" denies the joining
        "Trump said Ukraine would never join NATO.",
        "Ukraine would never join NATO",
        "said",
        "join NATO",
        "against",
    ),
    (  # the cue acts on the clause it governs: its verb ...
        "Zelensky has repeatedly called for Ukraine to join NATO.",
        "for Ukraine to join NATO",
        "called",
        "join NATO",
        "for",
    ),
    (  # ... or the verb's object
        "Russia has warned against sending peacekeepers to Ukraine.",
        "sending peacekeepers to Ukraine",
        "has warned against",
        "peacekeepers to Ukraine",
        "against",
    ),
    (  # a particle sets the verb's side
        "Trump ruled out NATO membership for Ukraine.",
        "NATO membership for Ukraine",
        "ruled out",
        "NATO membership",
        "against",
    ),
    (
        "Lavrov said Russia would not accept foreign troops in Ukraine.",
        "Russia would not accept foreign troops in Ukraine",
        "said",
        "foreign troops in Ukraine",
        "against",
    ),
    (  # a light noun gives way to what it is of
        "Moscow has rejected any deployment of Western troops in Ukraine.",
        "any deployment of Western troops in Ukraine",
        "has rejected",
        "Western troops in Ukraine",
        "against",
    ),
    (  # the predicate noun judges the subject, not itself
        "Peskov said that NATO expansion is a threat to Russia.",
        "that NATO expansion is a threat to Russia",
        "said",
        "NATO expansion",
        "against",
    ),
    (
        "Peskov said that NATO expansion is a threat to Russia.",
        "that NATO expansion is a threat to Russia",
        "said",
        "threat to Russia",
        "unclear",
    ),
    (  # a path's question is where it leads, judged by what is said of the path
        "Rutte said Ukraine’s path to NATO membership is irreversible.",
        "Ukraine’s path to NATO membership is irreversible",
        "said",
        "NATO membership",
        "for",
    ),
    (
        "Rutte said Ukraine’s path to join NATO is still irreversible despite the "
        "administration’s proclamations that the country will not join the alliance.",
        "Ukraine’s path to join NATO is still irreversible despite the administration’s "
        "proclamations that the country will not join the alliance",
        "said",
        "join NATO",
        "for",
    ),
    (  # ... and what another's proclamation says is not the speaker's side
        "Rutte said he had heard the administration’s proclamations that the country will "
        "not join the alliance.",
        "he had heard the administration’s proclamations that the country will not join "
        "the alliance",
        "said",
        "join the alliance",
        "unclear",
    ),
    (  # not believing that a thing is realistic denies it is
        "Hegseth said the United States does not believe that NATO membership for Ukraine "
        "is a realistic outcome.",
        "the United States does not believe that NATO membership for Ukraine is a realistic "
        "outcome",
        "said",
        "NATO membership",
        "against",
    ),
    (  # what a naming verb calls its objects, wherever spaCy hung the adjective
        "Hegseth echoed the stance, calling Ukraine’s NATO ambitions and its goal of "
        "reclaiming all lost territories “unrealistic.”",
        "Ukraine’s NATO ambitions and its goal of reclaiming all lost territories “unrealistic.”",
        "calling",
        "NATO ambitions",
        "against",
    ),
    (
        "Hegseth declared Ukraine’s NATO membership and restoration of its pre-2014 borders "
        "“unrealistic” during his meeting.",
        "Ukraine’s NATO membership and restoration of its pre-2014 borders “unrealistic”",
        "declared",
        "NATO membership",
        "against",
    ),
    (  # giving a thing up undoes it; a deal that must ensure it is the speaker's demand
        "Putin has declared that any peace deal must ensure that Ukraine gives up its NATO "
        "ambitions.",
        "that any peace deal must ensure that Ukraine gives up its NATO ambitions",
        "declared",
        "NATO ambitions",
        "against",
    ),
    (  # a bloc's name makes a light noun a question
        "Moscow has been firmly opposed to Ukraine’s NATO aspirations.",
        "Ukraine’s NATO aspirations",
        "opposed",
        "NATO aspirations",
        "against",
    ),
    (
        "Trump has cast doubt on Ukraine’s chances of joining NATO.",
        "Ukraine’s chances of joining NATO",
        "cast doubt on",
        "joining NATO",
        "against",
    ),
    (  # doubting that something happens is a guess, not a side
        "He said, “I doubt the electorate will be presented with realistic options.”",
        "“I doubt the electorate will be presented with realistic options.”",
        "said",
        "options",
        "unclear",
    ),
    (  # backing comments about a thing is no side on the thing
        "Trump stated that he continues to support Hegseth’s comments about Ukraine’s NATO "
        "membership.",
        "that he continues to support Hegseth’s comments about Ukraine’s NATO membership",
        "stated",
        "Ukraine’s NATO membership",
        "unclear",
    ),
    (
        "Rutte said there is an irreversible path of Ukraine to enter NATO.",
        "there is an irreversible path of Ukraine to enter NATO",
        "said",
        "enter NATO",
        "for",
    ),
    (
        "Rutte commented on the statements of Donald Trump that Ukraine will never become "
        "a member of the Alliance.",
        "the statements of Donald Trump that Ukraine will never become a member of the Alliance",
        "commented on",
        "member of the Alliance",
        "unclear",
    ),
    (
        "Peskov confirmed that indications from Washington suggested that membership in NATO "
        "for Ukraine was no longer being pursued.",
        "that indications from Washington suggested that membership in NATO for Ukraine was "
        "no longer being pursued",
        "confirmed",
        "membership in NATO",
        "unclear",
    ),
    (
        "Kyiv said it is no longer pursuing NATO membership.",
        "it is no longer pursuing NATO membership",
        "said",
        "NATO membership",
        "against",
    ),
    (
        "Hegseth stated that Ukraine joining NATO is not a realistic outcome of a settlement.",
        "that Ukraine joining NATO is not a realistic outcome of a settlement",
        "stated",
        "joining NATO",
        "against",
    ),
    (  # a plan's adjective judges what the plan would do, not its adjuncts
        "Lavrov has described as “unacceptable” any plans to deploy European troops to "
        "Ukraine as part of a peace deal.",
        "as “unacceptable” any plans to deploy European troops to Ukraine as part of a peace deal",
        "has described",
        "European troops to Ukraine",
        "against",
    ),
    (
        "Lavrov has described as “unacceptable” any plans to deploy European troops to "
        "Ukraine as part of a peace deal.",
        "as “unacceptable” any plans to deploy European troops to Ukraine as part of a peace deal",
        "has described",
        "peace deal",
        "unclear",
    ),
    (  # the place may follow where the thing comes from
        "On Tuesday, Russia opposed the presence of troops from NATO countries in Ukraine.",
        "the presence of troops from NATO countries in Ukraine",
        "opposed",
        "troops from NATO countries in Ukraine",
        "against",
    ),
    (  # a conjunct of "support" is not supported by it
        "Rutte said the statement updates the financial support for Ukraine and the spending "
        "of NATO itself.",
        "the statement updates the financial support for Ukraine and the spending of NATO itself",
        "said",
        "spending of NATO",
        "unclear",
    ),
    (  # a judgement of a deed composes with the deed: against the donations ...
        "Sanders has criticized Clinton for accepting campaign donations from Wall Street.",
        "Clinton for accepting campaign donations from Wall Street",
        "has criticized",
        "campaign donations",
        "against",
    ),
    (  # ... for releasing the returns
        "Clinton blasted Trump for refusing to release his tax returns.",
        "Trump for refusing to release his tax returns",
        "blasted",
        "tax returns",
        "for",
    ),
    (
        "Obama praised Merkel for accepting refugees.",
        "Merkel for accepting refugees",
        "praised",
        "refugees",
        "for",
    ),
    (  # the doer of a passive is no object of its verb
        "Cyril said the narrative is being pushed by the media.",
        "the narrative is being pushed by the media",
        "said",
        "media",
        "unclear",
    ),
    (  # an adjective with its own complement tells the side on that ...
        "Rutte said the alliance remains committed to Ukraine’s eventual membership.",
        "the alliance remains committed to Ukraine’s eventual membership",
        "said",
        "eventual membership",
        "for",
    ),
    (  # ... and none on the subject it describes
        "Rutte said the alliance remains committed to Ukraine’s eventual membership.",
        "the alliance remains committed to Ukraine’s eventual membership",
        "said",
        "alliance",
        "unclear",
    ),
    (
        "Macron said France is ready to send troops to Ukraine.",
        "France is ready to send troops to Ukraine",
        "said",
        "troops to Ukraine",
        "for",
    ),
    (  # "off the table" rules it out
        "Trump said NATO membership for Ukraine is off the table.",
        "NATO membership for Ukraine is off the table",
        "said",
        "NATO membership",
        "against",
    ),
    (  # a predicate noun judges the subject
        "Trump said Ukraine’s bid to join NATO was a mistake.",
        "Ukraine’s bid to join NATO was a mistake",
        "said",
        "join NATO",
        "against",
    ),
    (  # a subject judged by what it does to something
        "Russia has said that NATO’s eastward expansion threatens its security.",
        "that NATO’s eastward expansion threatens its security",
        "said",
        "eastward expansion",
        "against",
    ),
    (
        "The mayor said the new tax credit will help working families.",
        "the new tax credit will help working families",
        "said",
        "new tax credit",
        "for",
    ),
    (  # predicate nouns and places that rule a thing out
        "“Western peacekeepers would be a provocation,” Peskov said.",
        "“Western peacekeepers would be a provocation,”",
        "said",
        "Western peacekeepers",
        "against",
    ),
    (
        "“The deployment of troops is a red line for us,” Lavrov said.",
        "“The deployment of troops is a red line for us,”",
        "said",
        "troops",
        "against",
    ),
    (
        "“NATO membership is not on the agenda,” Rutte said.",
        "“NATO membership is not on the agenda,”",
        "said",
        "NATO membership",
        "against",
    ),
    (
        "“We will never allow NATO troops in Ukraine,” Lavrov said.",
        "“We will never allow NATO troops in Ukraine,”",
        "said",
        "NATO troops in Ukraine",
        "against",
    ),
    (  # a negated speech cue turns no side
        "Trump isn’t saying what interrogation techniques he would support.",
        "what interrogation techniques he would support",
        "isn’t saying",
        "interrogation techniques",
        "for",
    ),
    (  # "threatened to impose" is an intent, not opposition
        "Ford said Trump threatened to impose a 35 percent tax on imported cars.",
        "Trump threatened to impose a 35 percent tax on imported cars",
        "said",
        "35 percent tax",
        "unclear",
    ),
    (  # a question takes no side
        "Bloomberg asked Rutte if Trump had ruled out NATO membership for Ukraine.",
        "Rutte if Trump had ruled out NATO membership for Ukraine",
        "asked",
        "NATO membership",
        "unclear",
    ),
    (  # "no objection" turns an objection into consent
        "Peskov said Russia had no objection to Ukraine joining the EU.",
        "Russia had no objection to Ukraine joining the EU",
        "said",
        "joining the EU",
        "for",
    ),
    (  # recognizing a place as someone's is a question, its object no bare name
        "“We will not recognize Crimea as Russian,” Zelensky said.",
        "“We will not recognize Crimea as Russian,”",
        "said",
        "recognize Crimea",
        "against",
    ),
    (  # what a joining or a recognizing should be is a side on it ...
        "Trump said Ukraine should recognize Crimea as Russian territory.",
        "Ukraine should recognize Crimea as Russian territory",
        "said",
        "recognize Crimea",
        "for",
    ),
    (  # ... turned by a negation
        "Lavrov said Ukraine must never join NATO.",
        "Ukraine must never join NATO",
        "said",
        "join NATO",
        "against",
    ),
    (  # a plain future deed stays unclear
        "Vance said the United States would recognize Crimea as part of Russia.",
        "the United States would recognize Crimea as part of Russia",
        "said",
        "recognize Crimea",
        "unclear",
    ),
    (  # a side on an attitude composes with it: against what the calls are for ...
        "Putin rejected calls for an unconditional ceasefire.",
        "calls for an unconditional ceasefire",
        "rejected",
        "unconditional ceasefire",
        "against",
    ),
    (  # ... and on a deed: ruling out a withdrawal is for the troops ...
        "Zelensky ruled out withdrawing troops from the Donbas.",
        "withdrawing troops from the Donbas",
        "ruled out",
        "troops",
        "for",
    ),
    (  # ... being willing to ease sanctions is against them
        "Rubio said the United States was willing to ease sanctions.",
        "the United States was willing to ease sanctions",
        "said",
        "sanctions",
        "against",
    ),
    (  # a reversal undoes its own object ...
        "Trump said the sanctions on Russia should be lifted.",
        "the sanctions on Russia should be lifted",
        "said",
        "sanctions",
        "against",
    ),
    (  # a side named by a noun is a side on what it is for ...
        "Ann Lee announced her support for the impeachment.",
        "her support for the impeachment",
        "announced",
        "impeachment",
        "for",
    ),
    (  # ... or to
        "Ann Lee expressed her opposition to the ceasefire.",
        "her opposition to the ceasefire",
        "expressed",
        "ceasefire",
        "against",
    ),
    (  # what should not pass is what the speaker is against ...
        "Ann Lee said the impeachment should not be passed.",
        "the impeachment should not be passed",
        "said",
        "impeachment",
        "against",
    ),
    (  # ... what must pass, for; what did or will pass is no side
        "Ann Lee said the bill must be passed.",
        "the bill must be passed",
        "said",
        "bill",
        "for",
    ),
    (
        "Ann Lee said the bill was passed on Monday.",
        "the bill was passed on Monday",
        "said",
        "bill",
        "unclear",
    ),
    (  # suspending a measure undoes it
        "“In response, the province agreed to suspend its 25 per cent surcharge on power "
        "exports,” Ann Lee said.",
        "“In response, the province agreed to suspend its 25 per cent surcharge on power exports,”",
        "said",
        "per cent surcharge",
        "against",
    ),
    (  # toning down is against what is toned down, a prefix part of its word
        "Tom Reyes urged him to tone down the anti-tariff rhetoric.",
        "him to tone down the anti-tariff rhetoric",
        "urged",
        "anti-tariff rhetoric",
        "against",
    ),
    (  # a verdict in a clause told of another person, one the tagger took for a place
        "Mark Carney spoke on Monday. Carney was reacting after President Tom Reyes "
        "announced the doubled tariffs which Carney called an attack on workers and businesses.",
        "the doubled tariffs which Carney called an attack on workers and businesses",
        "announced",
        "businesses",
        "unclear",
    ),
    (  # ... not what lies deeper in it
        "He said it would lift restrictions that kept Mexican trucks from hauling cargo.",
        "it would lift restrictions that kept Mexican trucks from hauling cargo",
        "said",
        "Mexican trucks",
        "unclear",
    ),
    (  # another person's deed is no side of the speaker's ...
        "Zelensky said Putin rejected the ceasefire proposal.",
        "Putin rejected the ceasefire proposal",
        "said",
        "ceasefire proposal",
        "unclear",
    ),
    (  # ... unless the speaker says what that person should do
        "Trump said that Zelensky should accept the ceasefire.",
        "that Zelensky should accept the ceasefire",
        "said",
        "ceasefire",
        "for",
    ),
    (  # an accusation composes with the deed it accuses ...
        "Zelensky accused Putin of rejecting the ceasefire proposal.",
        "Putin of rejecting the ceasefire proposal",
        "accused",
        "ceasefire proposal",
        "for",
    ),
    (  # ... and takes no side by itself
        "Zelensky accused Russia of dragging out the talks.",
        "Russia of dragging out the talks",
        "accused",
        "talks",
        "unclear",
    ),
    (  # what a thing is regarded as
        "Peskov said the Kremlin viewed the deployment of European troops to Ukraine as "
        "unacceptable.",
        "the Kremlin viewed the deployment of European troops to Ukraine as unacceptable",
        "said",
        "European troops",
        "against",
    ),
    (  # "forget about"
        "Trump said Ukraine could forget about joining NATO.",
        "Ukraine could forget about joining NATO",
        "said",
        "joining NATO",
        "against",
    ),
    (  # open to a thing, as an adjective
        "Lavrov said Moscow was open to talks with Washington.",
        "Moscow was open to talks with Washington",
        "said",
        "talks",
        "for",
    ),
    (  # a precondition is demanded
        "Putin said Ukraine's neutrality was a precondition for any deal.",
        "Ukraine's neutrality was a precondition for any deal",
        "said",
        "neutrality",
        "for",
    ),
    (  # never agreeing to a thing
        "Peskov said Moscow would never agree to the presence of NATO peacekeepers.",
        "Moscow would never agree to the presence of NATO peacekeepers",
        "said",
        "NATO peacekeepers",
        "against",
    ),
    (  # no intention of doing it
        "Tusk said Poland had no intention of sending troops to Ukraine.",
        "Poland had no intention of sending troops to Ukraine",
        "said",
        "troops to Ukraine",
        "against",
    ),
    (  # skeptical of a thing ...
        "Orban said he was skeptical of new sanctions.",
        "he was skeptical of new sanctions",
        "said",
        "new sanctions",
        "against",
    ),
    (  # ... but not a thing that skeptical people hear
        "Tapper said there are some skeptical Americans hearing that message.",
        "there are some skeptical Americans hearing that message",
        "said",
        "message",
        "unclear",
    ),
    (  # a proposal for a thing: the question is the thing ...
        "Ukraine said it was ready to accept a U.S. proposal for an immediate 30-day "
        "ceasefire with Russia.",
        "it was ready to accept a U.S. proposal for an immediate 30-day ceasefire with Russia",
        "said",
        "immediate 30-day ceasefire",
        "for",
    ),
    (
        "Peskov said the Kremlin opposes any proposal for European peacekeepers in Ukraine.",
        "the Kremlin opposes any proposal for European peacekeepers in Ukraine",
        "said",
        "European peacekeepers in Ukraine",
        "against",
    ),
    (  # ... a proposal for nothing named is one
        "Lavrov said Moscow rejected the proposal.",
        "Moscow rejected the proposal",
        "said",
        "proposal",
        "against",
    ),
    (  # a phrase keeps every noun compounded onto it ("border" of "security bill")
        "Collins said on Monday that she supports the bipartisan border security bill.",
        "that she supports the bipartisan border security bill",
        "said",
        "bipartisan border security bill",
        "for",
    ),
    (
        "Cruz said he supports New York values.",
        "he supports New York values",
        "said",
        "New York values",
        "for",
    ),
    (  # a verdict on what the clause is about ...
        'Macron said the tariffs were "brutal and unfounded".',
        'the tariffs were "brutal and unfounded"',
        "said",
        "tariffs",
        "against",
    ),
    (
        'Von der Leyen said the tariff was "a major blow to the world economy".',
        'the tariff was "a major blow to the world economy"',
        "said",
        "tariff",
        "against",
    ),
    (
        "Bessent said the tariffs were a success.",
        "the tariffs were a success",
        "said",
        "tariffs",
        "for",
    ),
    (
        "Scholz said the tariffs were not wrong.",
        "the tariffs were not wrong",
        "said",
        "tariffs",
        "for",
    ),
    (  # ... not on what it is unfair to, nor before a noun
        "Warren said the plan was unfair to small dealerships.",
        "the plan was unfair to small dealerships",
        "said",
        "small dealerships",
        "unclear",
    ),
    (
        "Kasich said voters had the wrong impression of the tax plan.",
        "voters had the wrong impression of the tax plan",
        "said",
        "wrong impression",
        "unclear",
    ),
    (  # a thing that works is for it; labour is not
        "Trump said the tariffs were working.",
        "the tariffs were working",
        "said",
        "tariffs",
        "for",
    ),
    (
        "Trump said the sanctions were not working.",
        "the sanctions were not working",
        "said",
        "sanctions",
        "against",
    ),
    (
        "Bessent said his team was working on the tariffs.",
        "his team was working on the tariffs",
        "said",
        "tariffs",
        "unclear",
    ),
    (  # "no" on the phrase itself is a quantity, not a side
        "He said that the alliance offered no specific timeline.",
        "that the alliance offered no specific timeline",
        "said",
        "specific timeline",
        "unclear",
    ),
    (  # an amount the speaker says will not be spent ...
        "Madrid said it would not spend 5% of its GDP on defence.",
        "it would not spend 5% of its GDP on defence",
        "said",
        "5%",
        "against",
    ),
    (  # ... or should be paid: a side on it
        "“They should pay 5 percent like everybody else,” Trump said.",
        "“They should pay 5 percent like everybody else,”",
        "said",
        "5 percent",
        "for",
    ),
    (  # what will be paid, not what can't
        "He said he could not pay the fine.",
        "he could not pay the fine",
        "said",
        "fine",
        "unclear",
    ),
    (  # a predicate adjective judges its subject, with its own negation ...
        "Meloni said the 5 percent target was “not realistic” for Italy's budget.",
        "the 5 percent target was “not realistic” for Italy's budget",
        "said",
        "5 percent target",
        "against",
    ),
    (  # ... not whom it is good for
        "Meloni said the 5 percent target was “not realistic” for Italy's budget.",
        "the 5 percent target was “not realistic” for Italy's budget",
        "said",
        "budget",
        "unclear",
    ),
    (  # what one votes for ...
        "Schumer said that Democrats would not vote for the House Republican spending bill.",
        "that Democrats would not vote for the House Republican spending bill",
        "said",
        "House Republican spending bill",
        "against",
    ),
    (  # ... or to pass, as against it what one votes not to advance ...
        "Ocasio-Cortez said Democrats should not vote to advance the Republican bill.",
        "Democrats should not vote to advance the Republican bill",
        "said",
        "Republican bill",
        "against",
    ),
    (  # "opposed" read as an adjective ("strongly opposed") is against too
        "Jeffries said they remain strongly opposed to the partisan spending bill.",
        "they remain strongly opposed to the partisan spending bill",
        "said",
        "partisan spending bill",
        "against",
    ),
    (  # taking a claim as true or false is no side on what it is about
        "Lee said: “We don’t agree with what’s been sent to us but, you know, if we "
        "withhold our votes, that is going to shut the government down.”",
        "“We don’t agree with what’s been sent to us but, you know, if we withhold our "
        "votes, that is going to shut the government down.”",
        "said",
        "government",
        "unclear",
    ),
    (  # ... while passing it is an event, no side
        "Thune said the Senate passed the stopgap bill on Friday.",
        "the Senate passed the stopgap bill on Friday",
        "said",
        "stopgap bill",
        "unclear",
    ),
    (  # and what one votes for is that and nothing more
        "She said they would vote for each Democrat in a general election.",
        "they would vote for each Democrat in a general election",
        "said",
        "general election",
        "unclear",
    ),
    (  # "for" is the aim of a readiness
        "Zelenskyy said on Sunday that Ukraine was ready for an immediate ceasefire.",
        "that Ukraine was ready for an immediate ceasefire",
        "said",
        "immediate ceasefire",
        "for",
    ),
    (  # and a verdict joined to another counts
        "Merz said on Tuesday that the new target was “right and necessary.”",
        "that the new target was “right and necessary.”",
        "said",
        "new target",
        "for",
    ),
]


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


@pytest.mark.parametrize(("text", "content", "cue", "topic", "stance"), STANCES)
def test_stance_of_a_topic(text: str, content: str, cue: str, topic: str, stance: str) -> None:
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, cue), "indirect", None, 1.0)
    found = {t.span.text: t for t in topics(doc, statement)}
    assert topic in found, found
    assert found[topic].stance == stance
    assert (found[topic].evidence != ()) == (stance != "unclear")
    for t in found.values():
        assert text[t.span.start : t.span.end] == t.span.text
        assert all(text[e.start : e.end] == e.text for e in t.evidence)


@pytest.mark.parametrize(
    ("text", "topic", "stance"),
    [
        # another country's deed is no side of the speaker's ...
        (
            "U.S. envoy Steve Witkoff said Russia had agreed to halt attacks on energy "
            "infrastructure.",
            "attacks",
            "unclear",
        ),
        ("Russia said Ukraine had rejected the ceasefire plan.", "ceasefire plan", "unclear"),
        # ... the speaker's own country's is ...
        (
            "Kremlin spokesman Dmitry Peskov said Moscow opposes sending European troops.",
            "European troops",
            "against",
        ),
        # ... and so is what the speaker says another country will do ...
        ("US President Donald Trump said Ukraine would never join NATO.", "join NATO", "against"),
        # ... but not what it could
        (
            "U.S. envoy Steve Witkoff said that Russia could accept a short ceasefire.",
            "short ceasefire",
            "unclear",
        ),
        # another's readiness is theirs; the speaker's own (or "she" told of) is the speaker's
        ("Trump said the Ukrainian leader is “not ready for peace”.", "peace", "unclear"),
        ("“He can come back when he is ready for peace,” Trump said.", "peace", "unclear"),
        ("Senator Ann Lee said she is ready for a vote on the bill.", "bill", "for"),
        # no one outdoing the rest is no negation
        (
            'German Chancellor Olaf Scholz wrote: "Nobody wants peace more than the Ukrainians '
            'do."',
            "peace",
            "for",
        ),
        # a priority, and a thing said not to work without another
        ("Trump argued that a ceasefire must come first.", "ceasefire", "for"),
        # a participle set off has its own side, whatever its head's negation
        (
            "Zelenskyy warned that decisions without Ukraine will not bring peace, rejecting "
            "any suggestion of ceding territory to Russia.",
            "territory to Russia",
            "against",
        ),
        # another's wish told as the whole content is no side of the speaker's on its aim
        (
            "Trump expressed frustration with Ukrainian President Volodymyr Zelensky’s demand "
            "for a national referendum.",
            "national referendum",
            "unclear",
        ),
        # a thing called an abomination
        ("Musk has called the bill a “disgusting abomination.”", "bill", "against"),
        # what sets a telling in time takes no side from it
        (
            "Zelenskyy warned that decisions without Ukraine will not bring peace, rejecting "
            "any suggestion of ceding territory to Russia ahead of a planned summit.",
            "planned summit",
            "unclear",
        ),
        (
            "Zelenskyy said that a ceasefire deal will not work without security guarantees.",
            "ceasefire deal",
            "against",
        ),
        # a measure written with a capital, as British papers write it
        ("Lord Hale said: “Many of us will now oppose this Bill in the Lords.”", "Bill", "against"),
        (
            "Jane Porter MP said: “I voted in favour of the Assisted Dying Bill because it is "
            "safe.”",
            "Assisted Dying Bill",
            "for",
        ),
        # "not X, but Y": the negation is X's
        (
            "Ann Gale told MPs: “It is not because I am opposed to it in principle, but because "
            "I fear for the vulnerable, that I implore the House to reject this Bill.”",
            "Bill",
            "against",
        ),
        ("Ann Gale argued the bill was “so rigorous and so safe.”", "bill", "for"),
        ("Esther Rantzen praised Commons approval of the bill as “rigorous”.", "bill", "for"),
        # a cue of support or opposition acting on a short content sides on it
        ("President Donald Trump has supported the deal.", "deal", "for"),
        ("Senator Ann Lee voted against the procedural measure.", "procedural measure", "against"),
        ("Senator Ann Lee called the bill inadequate.", "bill", "against"),
        # a side named by a noun is its owner's: another's is no side of the speaker's
        (
            "Ann Lee said the senator had lost touch because of his support for the tariffs.",
            "tariffs",
            "unclear",
        ),
        ("Ann Lee announced her support for the impeachment.", "impeachment", "for"),
        # a group's wish is theirs
        (
            "The mayor said that parents still want neighborhood schools.",
            "neighborhood schools",
            "unclear",
        ),
    ],
)
def test_a_side_is_the_speaker_s_own(text: str, topic: str, stance: str) -> None:
    [statement] = analyze(text).statements
    found = {t.span.text: t.stance for t in statement.topics}
    assert found.get(topic) == stance, found


def test_a_share_is_no_question_but_as_one_to_spend() -> None:
    """A poll's share is no question; a share spent is one, but no side when
    the speaker only says it is spent (a fact, not what will or should be)."""
    found = {}
    for text, content in [
        ("Pollsters said Trump received 37 percent in the state.", "Trump received 37 percent"),
        (
            "The ministry said Spain spends 1.3 percent of its economy on defense.",
            "Spain spends 1.3 percent of its economy on defense",
        ),
    ]:
        doc = pipeline()(text)
        cue = _span(text, "said")
        statement = Statement((_span(text, content),), None, cue, "indirect", None, 1.0)
        found |= {t.span.text: t.stance for t in topics(doc, statement) if "percent" in t.span.text}
    assert found == {"1.3 percent": "unclear"}


def test_of_course_is_no_topic() -> None:
    text = "Lavrov said: “This is, of course, unacceptable to us.”"
    doc = pipeline()(text)
    content = "“This is, of course, unacceptable to us.”"
    statement = Statement((_span(text, content),), None, _span(text, "said:"), "direct", None, 1.0)
    assert [t.span.text for t in topics(doc, statement)] == []


NAMED = [
    (  # a deal of one kind is that deal however it is called after
        "The two governments drafted a minerals deal in May. Weeks later, Lee said the "
        "agreement was not ready.",
        "the agreement was not ready",
        "said",
        "agreement",
        "minerals deal",
    ),
    (  # not by a stage it was in
        "The two governments drafted a framework agreement in May. Weeks later, Lee said the "
        "deal was not ready.",
        "the deal was not ready",
        "said",
        "deal",
        None,
    ),
    (  # a measure is the one its text named before, however capitalised
        "The Terminally Ill Adults (End of Life) Bill was passed.\n\nLord Frost said: “Many of "
        "us will now oppose this Bill in the Lords.”",
        "“Many of us will now oppose this Bill in the Lords.”",
        "said:",
        "Bill",
        "Terminally Ill Adults (End of Life) Bill",
    ),
    (
        "MPs backed the assisted dying bill on Friday. Ms Robinson said: “We will be fighting "
        "this bill at every stage.”",
        "“We will be fighting this bill at every stage.”",
        "said:",
        "bill",
        "assisted dying bill",
    ),
    (  # "the alliance" is the bloc the text named last
        "NATO met on Tuesday. Umerov said the country wants to join the Alliance.",
        "the country wants to join the Alliance",
        "said",
        "join the Alliance",
        "join NATO",
    ),
    (  # to be a NATO country is to be a member
        "“We want to be a NATO country,” Umerov said.",
        "“We want to be a NATO country,”",
        "said",
        "NATO country",
        "NATO membership",
    ),
    # (text, content, cue, phrase, name): a bare noun takes the name an earlier mention gave it
    (
        "Rutte spoke of Ukraine’s potential NATO membership. Zelensky has insisted on the "
        "inclusion of membership in any agreement.",
        "the inclusion of membership in any agreement",
        "insisted",
        "membership",
        "NATO membership",
    ),
    (  # adjectives keep the earlier name
        "Rutte spoke of NATO membership. He said the alliance backs Ukraine’s eventual membership.",
        "the alliance backs Ukraine’s eventual membership",
        "said",
        "eventual membership",
        "NATO membership",
    ),
    (
        "The United States backed the plan. The governor said the states need more money.",
        "the states need more money",
        "said",
        "states",  # "States" in a name is not the common noun "states"
        None,
    ),
    (  # a country owning the thing is left out of its name when a place follows
        "Kellogg said that membership of Ukraine in NATO is off the table.",
        "that membership of Ukraine in NATO is off the table",
        "said",
        "membership of Ukraine in NATO",
        "membership in NATO",
    ),
    (
        "The senator said the tax plan is a mistake.",
        "the tax plan is a mistake",
        "said",
        "tax plan",  # a phrase with its own modifiers keeps its own words
        None,
    ),
    (  # "the bill" is the kind of bill the text named before ...
        "The Senate debated the bipartisan border security bill on Monday. "
        "Collins said on Tuesday that she opposed the bill.",
        "that she opposed the bill",
        "said",
        "bill",
        "border security bill",
    ),
    (  # ... but legislation the text introduces anew is its own
        "Voters rejected the freedom of movement legislation. The minister said he "
        "backed legislation which allows the government to build asylum centers.",
        "he backed legislation which allows the government to build asylum centers",
        "said",
        "legislation",
        None,
    ),
    (  # a target named without its amount is of the one the text names as a target
        "Leaders debated the 5% target and a poll put support at 40 percent. "
        "Merz said the new NATO target was necessary.",
        "the new NATO target was necessary",
        "said",
        "new NATO target",
        "5% new NATO target",
    ),
    (  # ... not one a possessive owns
        "Leaders debated the 5% target. Sánchez said Spain would meet its commitments.",
        "Spain would meet its commitments",
        "said",
        "commitments",
        None,
    ),
    (  # ... nor in a text that names no amount as a target
        "A poll put support at 40 percent. He said the goal was to win the state.",
        "the goal was to win the state",
        "said",
        "goal",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        (  # "it" judged stands for the deal the text last named
            "The agreement split Democrats. Sen. Elizabeth Warren said it was a “terrible "
            "mistake.”",
            "it was a “terrible mistake.”",
            "said",
            ("agreement", "against"),
        ),
        (
            "The Senate passed the spending bill. Sen. Chris Murphy called it a mistake.",
            "it a mistake",
            "called",
            ("spending bill", "against"),
        ),
        (
            "Critics attacked the deal. Senator Jeanne Shaheen said it was “the only viable "
            "option.”",
            "it was “the only viable option.”",
            "said",
            ("deal", "for"),
        ),
        (  # "this", unlike "it", is no placeholder for a clause after it
            "MPs passed the bill. Jane Porter said this is absolutely the right thing to do.",
            "this is absolutely the right thing to do",
            "said",
            ("bill", "for"),
        ),
        # not a clause the pronoun stands for, nor a plural
        (
            "The Senate passed the bill. Clinton said it was a mistake to invade Iraq.",
            "it was a mistake to invade Iraq",
            "said",
            None,
        ),
        (
            "He passed amendments attached to larger bills. Warren Gunnels said it has been a "
            "very successful strategy.",
            "it has been a very successful strategy",
            "said",
            None,
        ),
    ],
)
def test_a_pronoun_judged_stands_for_the_measure_named_before(
    text: str, content: str, cue: str, expected: tuple[str, str] | None
) -> None:
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, cue), "indirect", None, 1.0)
    found = [(t.name, t.stance) for t in topics(doc, statement) if t.span.text in ("it", "this")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "content", "cue", "phrase", "name"), NAMED)
def test_a_bare_noun_is_named_by_an_earlier_mention(
    text: str, content: str, cue: str, phrase: str, name: str | None
) -> None:
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, cue), "indirect", None, 1.0)
    found = {t.span.text: t for t in topics(doc, statement)}
    assert phrase in found, found
    assert found[phrase].name == name
    assert found[phrase].key == (name or phrase).casefold()


def test_embeddings_are_unit_vectors_that_rank_meaning() -> None:
    vectors = encoder().encode(
        ["NATO membership", "member of NATO", "Western troops", "peacekeepers", "tariffs on steel"]
    )
    assert vectors.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > 0.8 > similarity[0, 2]
    assert similarity[2, 3] > similarity[2, 4]
    assert np.array_equal(
        vectors,
        encoder().encode(
            [
                "NATO membership",
                "member of NATO",
                "Western troops",
                "peacekeepers",
                "tariffs on steel",
            ]
        ),
    )


@pytest.fixture
def example_store(db_url: str, example_text: str) -> Store:
    store = Store(db_url)
    add(store, [Article(id="nato-rutte", text=example_text, published="2025-04-16")])
    return store


def _issue_with(store: Store, phrase: str) -> dict[str, Any]:
    [found] = [i for i in store.issue_records() if phrase in i["phrases"]]
    return found


def _pairs(
    cited: dict[str, dict[str, Any]], conflicts: list[dict[str, Any]]
) -> set[frozenset[str]]:
    """The two speakers' names of each conflict."""
    return {
        frozenset((cited[c["a"]]["speaker"]["name"], cited[c["b"]]["speaker"]["name"]))
        for c in conflicts
    }


def _stored(db_url: str, rows: list[tuple[str, str, str]]) -> Store:
    """A store holding one article per (id, published, text) row, analysed and linked."""
    store = Store(db_url)
    add(store, [Article(id=i, text=t, published=p) for i, p, t in rows])
    return store


def _stances(issue: dict[str, Any]) -> dict[str, str]:
    return {p["speaker"]["name"]: p["stance"] for p in issue["positions"]}


def test_example_issues_positions_and_the_rutte_trump_conflict(example_store: Store) -> None:
    membership = _issue_with(example_store, "nato membership")
    assert {"member of nato", "path to nato"} <= set(membership["phrases"])
    assert membership["label"] == "NATO membership"
    stances = _stances(membership)
    assert stances["Mark Rutte"] == "for"
    assert stances["Donald Trump"] == "against"
    assert stances["Vladimir Zelensky"] == "for"  # "membership" named by "NATO membership"
    assert stances["Russia"] == "against"  # NATO, "which it perceives as a hostile entity"
    troops = _issue_with(example_store, "western troops in ukraine")
    assert {"troops to ukraine", "peacekeepers to ukraine"} <= set(troops["phrases"])
    assert _stances(troops) == {
        "Mark Rutte": "for",
        "Russia": "against",
        "Sergey Lavrov": "against",
    }

    cited = {r["id"]: r for r in example_store.statements(StatementQuery(article="nato-rutte"))}
    pairs = {
        frozenset((cited[c["a"]]["speaker"]["name"], cited[c["b"]]["speaker"]["name"])): c
        for c in membership["conflict_list"]
    }
    conflict = pairs[frozenset(("Mark Rutte", "Donald Trump"))]
    assert conflict["kind"] == "between_speakers"
    contents = {cited[conflict[k]]["content_text"] for k in ("a", "b")}
    assert any("irreversible" in c for c in contents)
    assert any("never going to be a member" in c for c in contents)
    assert "Mark Rutte" in conflict["why"] and "Donald Trump" in conflict["why"]
    # The other two contradictions the expected analysis marks.
    assert frozenset(("Vladimir Zelensky", "Russia")) in pairs
    troop_pairs = _pairs(cited, troops["conflict_list"])
    assert frozenset(("Mark Rutte", "Sergey Lavrov")) in troop_pairs
    # Every flag opposes a side the expected analysis lists to the other's.
    assert troop_pairs | set(pairs) <= {
        frozenset((a, b))
        for a in ("Mark Rutte", "Vladimir Zelensky")
        for b in ("Donald Trump", "Russia", "Sergey Lavrov")
    }
    # Rutte's own statements never flag him against himself.
    assert all(c["kind"] != "over_time" for c in example_store.conflicts())
    # Statement records carry their issues.
    assert membership["id"] in cited[conflict["a"]]["issues"]


DATED = [
    (
        "jan",
        "2025-01-10",
        "Senator Jane Doe said on Monday that she supports new tariffs on steel.",
    ),
    ("feb", "2025-02-20", "Senator John Roe said that he opposes new tariffs on steel imports."),
    (
        "mar",
        "2025-03-14",
        "Senator Jane Doe said on Wednesday that she opposes new tariffs on steel.",
    ),
]


def test_a_change_of_side_over_time_and_between_speakers(db_url: str) -> None:
    store = _stored(db_url, DATED)
    [issue] = store.issue_records()
    kinds = {
        (c["kind"], c["a"].split(":")[0], c["b"].split(":")[0]) for c in issue["conflict_list"]
    }
    assert ("over_time", "jan", "mar") in kinds
    assert ("between_speakers", "jan", "feb") in kinds or (
        "between_speakers",
        "feb",
        "jan",
    ) in kinds
    [doe] = [p for p in issue["positions"] if p["speaker"]["name"] == "Jane Doe"]
    assert doe["stance"] == "mixed"
    assert doe["latest"] == "against"
    assert [s["said_on"] for s in doe["statements"]] == ["2025-01-06", "2025-03-12"]
    over_time = next(c for c in issue["conflict_list"] if c["kind"] == "over_time")
    assert "2025-01-06" in over_time["why"] and "2025-03-12" in over_time["why"]


STORY = [  # one story in three outlets, each in its own words
    (
        "wire-a",
        "2025-04-16",
        "Wire A",
        "NATO Secretary General Mark Rutte said on Tuesday that Ukraine’s path to NATO "
        "membership is irreversible.\n\nRussian Foreign Minister Sergey Lavrov said Moscow "
        "would never accept NATO troops in Ukraine.",
    ),
    (
        "paper-b",
        "2025-04-17",
        "Paper B",
        "Ukrainian President Volodymyr Zelenskyy has repeatedly called for Ukraine to join "
        "NATO.\n\nKremlin spokesman Dmitry Peskov said Moscow opposes Ukraine’s accession to "
        "NATO.\n\nRutte said NATO supports sending troops to Ukraine after a ceasefire.",
    ),
    (
        "site-c",
        "2025-04-18",
        "Site C",
        "US President Donald Trump said on Wednesday that Ukraine would never join NATO.\n\n"
        "Zelensky said Ukraine needs security guarantees.",
    ),
]


def test_one_story_across_outlets_meets_in_issues_and_conflicts(db_url: str) -> None:
    store = Store(db_url)
    add(store, [Article(id=i, text=t, published=p, outlet=o) for i, p, o, t in STORY])
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    assert all(r["speaker"] for r in cited.values()), cited
    zelensky = {r["speaker"]["id"] for r in cited.values() if "Zelensk" in r["speaker"]["name"]}
    assert len(zelensky) == 1  # "Zelenskyy" and "Zelensky" in two outlets: one speaker
    pairs = _pairs(cited, store.conflicts())
    # Membership: "path ... irreversible", "called for Ukraine to join", "opposes ...
    # accession", "would never join"; troops: "supports sending", "would never accept".
    assert frozenset(("Mark Rutte", "Donald Trump")) in pairs
    assert frozenset(("Volodymyr Zelenskyy", "Dmitry Peskov")) in pairs
    assert frozenset(("Mark Rutte", "Sergey Lavrov")) in pairs
    # No flag sets two speakers on one side against each other.
    same_side = [{"Mark Rutte", "Volodymyr Zelenskyy"}, {"Donald Trump", "Dmitry Peskov"}]
    assert not any(set(pair) <= side for pair in pairs for side in same_side)
    rutte_trump = next(
        c
        for c in store.conflicts()
        if {cited[c["a"]]["speaker"]["name"], cited[c["b"]]["speaker"]["name"]}
        == {"Mark Rutte", "Donald Trump"}
    )
    # Each side dated from its own "on Tuesday" / "on Wednesday".
    assert "2025-04-15" in rutte_trump["why"] and "2025-04-16" in rutte_trump["why"]


CRIMEA = [  # another story in three outlets: whether Ukraine should recognize Crimea as Russian
    (
        "wire-a",
        "2025-04-23",
        "Trump says Ukraine should accept Crimea loss in peace deal",
        "U.S. President Donald Trump said on Tuesday that Ukraine should recognize Crimea as "
        "Russian territory as part of a peace deal, and criticized Ukrainian President "
        "Volodymyr Zelensky for resisting the plan.\n\nZelensky said on Tuesday that Ukraine "
        "would not legally recognize the occupation of Crimea.",
    ),
    (
        "paper-b",
        "2025-04-23",
        "Zelenskiy rejects U.S. proposal to recognise Crimea as Russian",
        "Ukrainian President Volodymyr Zelenskiy on Tuesday rejected any recognition of Crimea "
        "as Russian, a key element of a U.S. peace proposal.\n\nKremlin spokesman Dmitry "
        "Peskov said Russia supports recognizing Crimea as part of Russia.",
    ),
    (
        "site-c",
        "2025-04-24",
        "Vance: Ukraine and Russia must accept a deal on Crimea",
        "U.S. Vice President JD Vance said on Wednesday that Washington was prepared to "
        "recognize Crimea as Russian if a ceasefire was agreed.\n\nUkraine's foreign "
        "minister, Andrii Sybiha, said Kyiv would never recognize Crimea as Russian territory.",
    ),
]


def test_a_second_story_recognizing_crimea(db_url: str) -> None:
    store = Store(db_url)
    add(
        store,
        [Article(id=i, text=t, published=p, title=title) for i, p, title, t in CRIMEA],
    )
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    criticized = [r for r in cited.values() if r["cue"] and r["cue"]["text"] == "criticized"]
    assert [r["speaker"]["name"] for r in criticized] == ["Donald Trump"]
    pairs = _pairs(cited, store.conflicts())
    for_it = {"Donald Trump", "Dmitry Peskov", "JD Vance"}  # "should", "supports", "prepared to"
    against = {"Volodymyr Zelenskiy", "Andrii Sybiha"}  # "rejected", "never"
    assert pairs, "no flag"
    assert all(len(pair & for_it) == 1 and len(pair & against) == 1 for pair in pairs), pairs
    assert frozenset(("Donald Trump", "Andrii Sybiha")) in pairs
    assert frozenset(("JD Vance", "Volodymyr Zelenskiy")) in pairs


SPELLINGS = [  # two outlets, two spellings of one word
    (
        "wire",
        "2025-03-12",
        "Ukrainian President Volodymyr Zelensky said on Tuesday that he supports a "
        "30-day cease-fire.",
    ),
    (
        "paper",
        "2025-03-14",
        "Kremlin spokesman Dmitry Peskov said on Thursday that Moscow rejects a 30-day ceasefire.",
    ),
]


def test_two_spellings_of_one_word_are_one_question(db_url: str) -> None:
    store = _stored(db_url, SPELLINGS)
    [issue] = store.issue_records()
    assert issue["phrases"] == ["ceasefire"]  # spelled: no quantity, one word
    assert issue["label"] in ("30-day ceasefire", "30-day cease-fire")  # as written
    assert _stances(issue) == {"Volodymyr Zelensky": "for", "Dmitry Peskov": "against"}
    [conflict] = store.conflicts()
    assert conflict["kind"] == "between_speakers"


TARIFFS = [  # three outlets; verdicts, not verbs, and a quantity on one phrase
    (
        "reuters",
        "2025-04-03",
        "European Commission President Ursula von der Leyen said on Thursday that the 20% "
        "tariff on EU imports was “a major blow to the world economy”.",
    ),
    (
        "guardian",
        "2025-04-12",
        "French President Emmanuel Macron said the tariffs were “brutal and unfounded”. "
        "Donald Trump insisted on Friday that the tariffs were working.",
    ),
    ("ap", "2025-04-10", "Von der Leyen said the EU would put its countermeasures on hold."),
]


def test_verdicts_on_a_question_are_sides_across_outlets(db_url: str) -> None:
    store = _stored(db_url, TARIFFS)
    [issue] = [r for r in store.issue_records() if "tariff" in r["label"]]
    assert _stances(issue) == {
        "Ursula von der Leyen": "against",
        "Emmanuel Macron": "against",
        "Donald Trump": "for",
    }
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    pairs = _pairs(cited, store.conflicts())
    assert pairs == {
        frozenset({"Donald Trump", "Ursula von der Leyen"}),
        frozenset({"Donald Trump", "Emmanuel Macron"}),
    }


def test_a_hyphenated_word_is_spelled_as_the_encoder_knows_it() -> None:
    assert spelled("Cease-fire") == "ceasefire"
    assert spelled("his re-election bid") == "his reelection bid"
    assert spelled("pro-Russian forces") == "pro-russian forces"  # no such word: kept
    assert spelled("long-range missiles") == "long-range missiles"
    assert spelled("a temporary Truce") == "a temporary ceasefire"
    assert spelled("intrusive measures") == "intrusive measures"  # whole words only
    assert spelled("the 20% tariff") == "the tariff"  # a quantity says how much, not what
    assert spelled("a 30-day cease-fire") == "a ceasefire"
    assert spelled("25 percent tariffs") == "tariffs"
    assert spelled("9/11 attacks") == "9/11 attacks" and spelled("100%") == "100%"
    assert spelled("the new tariffs") == "the tariffs"  # "new" dates a thing ...
    assert spelled("proposed sanctions") == "sanctions"
    assert spelled("the New START treaty") == "the new start treaty"  # ... not in a name
    assert spelled("new") == "new"
    vectors = encoder().encode([spelled("cease-fire"), "ceasefire"])
    assert float(vectors[0] @ vectors[1]) > 0.99


def test_new_tariffs_and_tariffs_are_one_question_across_outlets(db_url: str) -> None:
    """ "new" dates a thing, it does not name another: one outlet's "new tariffs" and
    another's "tariffs" are one question, and opposite sides on it collide."""
    store = _stored(
        db_url,
        [
            (
                "wire",
                "2025-03-10",
                "Tariffs dominated the talks in Brussels.\n\nSenator Jane Doe said on Monday "
                "that she supports the new tariffs.",
            ),
            (
                "daily",
                "2025-03-12",
                "Tariffs were the main topic in Congress this week.\n\nSenator John Roe said "
                "on Tuesday that he opposes tariffs.",
            ),
        ],
    )
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    assert _pairs(cited, store.conflicts()) == {frozenset(("Jane Doe", "John Roe"))}
    [issue] = [i for i in store.issue_records() if "tariffs" in i["phrases"]]
    assert _stances(issue) == {"Jane Doe": "for", "John Roe": "against"}


def test_the_bill_is_the_kind_of_bill_its_text_named(db_url: str) -> None:
    """ "the bill" after "the bipartisan border security bill" is that bill, so
    a side on it meets a side on "the border security bill" in another outlet."""
    store = _stored(
        db_url,
        [
            (
                "hill",
                "2024-02-07",
                "The Senate turned to the bipartisan border security bill on Monday.\n\n"
                "Senate Minority Whip John Thune said on Tuesday that he supported the bill.",
            ),
            (
                "wire",
                "2024-02-07",
                "Senators clashed over the border security bill this week.\n\n"
                "Senator Susan Collins said on Wednesday that she opposed the border "
                "security bill.",
            ),
        ],
    )
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    assert _pairs(cited, store.conflicts()) == {frozenset(("John Thune", "Susan Collins"))}


def test_a_bill_named_three_ways_in_british_copy_is_one_question(db_url: str) -> None:
    """ "the assisted dying bill", "the Terminally Ill Adults (End of Life) Bill" and
    "this Bill": one question across three outlets, written as British papers
    write it (a seat after a name, a capital on "Bill", "in favour of")."""
    store = _stored(
        db_url,
        [
            (
                "wire",
                "2025-06-20",
                "The assisted dying bill cleared the Commons on Friday.\n\nJane Porter MP said: “I "
                "voted in favour of the Assisted Dying Bill because it is safe.”",
            ),
            (
                "daily",
                "2025-06-20",
                "The Terminally Ill Adults (End of Life) Bill passed the Commons on Friday.\n\n"
                "Tory peer Lord Hale said: “Many of us will now oppose this Bill in the Lords.”",
            ),
            (
                "weekly",
                "2025-06-21",
                "Opponents vowed to keep fighting the assisted dying bill after the Commons vote."
                "\n\nSpokeswoman Clare Dunn said: “We will be fighting this bill at every stage "
                "in the House of Lords.”",
            ),
        ],
    )
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    assert _pairs(cited, store.conflicts()) == {
        frozenset(("Jane Porter", "Hale")),
        frozenset(("Jane Porter", "Clare Dunn")),
    }


SPENDING = [
    # Three outlets on a spending target, written for this test: one names it
    # "the 5% target", one "the new NATO target", one "5 percent of their economies".
    (
        "wire-0620",
        "2025-06-20",
        (
            "NATO allies split over 5% spending goal\n\nBRUSSELS (Wire) — NATO Secretary "
            "General Mark Rutte said on Thursday that every ally must commit to spending 5% of "
            "gross domestic product on defense, days before leaders gather in The Hague.\n\n"
            '"This is not about pleasing Washington. It is about our own security," Rutte told '
            'reporters. He added that the alliance would agree on the new target "with all 32 '
            'allies on board."\n\nSpanish Prime Minister Pedro Sánchez rejected the 5% target '
            'in a letter to Rutte on Wednesday, calling it "unreasonable" and '
            '"counterproductive" for Spain.\n\n"We respect the legitimate wish of other allies '
            'to increase their investment, but we will not do so," Sánchez wrote.\n\nEstonian '
            "Prime Minister Kristen Michal said he backed the new target. He said that Russia "
            "remained the biggest threat to Europe.\n"
        ),
    ),
    (
        "guardian-0623",
        "2025-06-23",
        (
            "Spain defies Trump over defence spending\n\nDonald Trump has demanded that Spain "
            "meet the new NATO target, after Madrid said it would not spend 5% of its GDP on "
            "defence.\n\nSpeaking at the White House on Friday, the US president said the "
            'target should apply to every member. "Spain has been very low. They should pay 5% '
            "like everybody else,\" he said.\n\nKaja Kallas, the EU's foreign policy chief, "
            'said over the weekend that the 5% target was "necessary" given the threat from '
            "Russia. She said Europe could no longer rely on others for its defence.\n\nThe "
            "Spanish government said on Sunday that it had secured a flexible arrangement. "
            "Sánchez said he would not accept a rigid 5% commitment.\n\nItaly's prime "
            "minister, Giorgia Meloni, said last week that she supported the target, but that "
            "it would take years to reach.\n"
        ),
    ),
    (
        "times-0626",
        "2025-06-26",
        (
            "At NATO Summit, Allies Agree to Spending Goal, With Spain Dissenting\n\nTHE HAGUE "
            "— NATO leaders agreed on Wednesday to raise military spending to 5 percent of "
            "their economies, a victory for President Trump, who had pressed the allies for "
            'months.\n\nMr. Trump said the agreement was "a monumental win" for the United '
            "States and for Western civilization. He threatened on Wednesday to make Spain pay "
            '"twice as much" in trade talks.\n\nMr. Sánchez told reporters in The Hague that '
            'Spain would meet its commitments with 2.1 percent. "We are a reliable ally," he '
            "said.\n\nChancellor Friedrich Merz of Germany said on Tuesday that the new target "
            'was "right and necessary." Mr. Merz said Germany would reach it by 2029.\n\nMs. '
            "Meloni struck a different tone on Wednesday. She said the 5 percent target was "
            '"not realistic" for Italy\'s budget in the coming years, and that she opposed any '
            "binding deadline.\n\nPrime Minister Robert Fico of Slovakia said last month that "
            "his country would not spend 5 percent on weapons.\n"
        ),
    ),
]
FOR_TARGET = {"Mark Rutte", "Donald Trump", "Kaja Kallas", "Friedrich Merz", "Kristen Michal"}
AGAINST_TARGET = {"Pedro Sánchez", "Robert Fico", "Spain"}


def test_a_target_named_three_ways_is_one_question_across_outlets(db_url: str) -> None:
    """ "the 5% target", "the new target", "5 percent": one issue; a share the
    speaker says will not be spent is a side on it, as is a verdict on it;
    Meloni's turn is a change over time; every flag crosses the two sides."""
    store = _stored(db_url, SPENDING)
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    [issue] = [i for i in store.issue_records() if "5%" in i["phrases"]]
    stances = _stances(issue)
    assert {n for n, s in stances.items() if s == "for"} == FOR_TARGET
    assert {n for n, s in stances.items() if s == "against"} == AGAINST_TARGET
    assert stances["Giorgia Meloni"] == "mixed"
    conflicts = store.conflicts()
    [turn] = [c for c in conflicts if c["kind"] == "over_time"]
    assert cited[turn["a"]]["speaker"]["name"] == "Giorgia Meloni"
    between = _pairs(cited, [c for c in conflicts if c["kind"] == "between_speakers"])
    for pair in between:  # Meloni, on both sides in turn, may meet either
        assert len(pair & FOR_TARGET) == 1 or "Giorgia Meloni" in pair, pair
        assert len(pair & AGAINST_TARGET) == 1 or "Giorgia Meloni" in pair, pair
    assert frozenset({"Friedrich Merz", "Pedro Sánchez"}) in between
    assert frozenset({"Mark Rutte", "Robert Fico"}) in between


TWO_STORIES = [
    ("steel-1", "Senator Jane Doe said on Monday that she supports new tariffs on steel."),
    (
        "steel-2",
        "Steel makers and importers are bracing for a fight in Congress over tariffs. "
        "Senator John Roe said he opposes new tariffs on steel.",
    ),
    (
        "school-board",
        "The Springfield school board voted on Tuesday to extend the school year by two "
        "weeks, after a long debate about teacher pay and bus routes.\n\nBoard member Tom "
        "Poe, who runs a hardware store, said he opposes new tariffs on steel.",
    ),
]


def test_conflicts_stay_within_one_story(db_url: str) -> None:
    store = Store(db_url)
    add(store, [Article(id=i, text=t, published="2025-03-14") for i, t in TWO_STORIES])
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    pairs = _pairs(cited, store.conflicts())
    # Two articles about the tariff fight: a flag.  A school-board story that
    # quotes a side in passing tells another story: none.
    assert pairs == {frozenset(("Jane Doe", "John Roe"))}
    [issue] = [i for i in store.issue_records() if "tariffs" in i["phrases"]]
    assert _stances(issue)["Tom Poe"] == "against"  # his position is still recorded


LOOSE = [
    ("t1", "2025-05-02", "Senator Jane Doe said that she wants to release her tax returns."),
    ("t2", "2025-05-03", "Senator John Roe said that he rejects any tax reform."),
    ("t3", "2025-05-04", "Senator Mary Poe said the mayor had not paid any taxes for years."),
]


def test_no_conflict_between_different_questions_under_one_loose_issue(db_url: str) -> None:
    """ "tax returns" and "tax reform" may share an issue led by "taxes", but wanting
    one and rejecting the other is no contradiction; nor is a negation that
    only says what someone did ("had not paid any taxes")."""
    store = _stored(db_url, LOOSE)
    statements = store.statements(StatementQuery())
    sides = {t["text"]: t["stance"] for s in statements for t in s["topics"]}
    assert sides["tax returns"] == "for" and sides["tax reform"] == "against"
    assert sides["taxes"] == "unclear"
    [issue] = store.issue_records()
    assert {"tax returns", "tax reform"} <= set(issue["phrases"])
    positions = {p["speaker"]["name"]: p["stance"] for p in issue["positions"]}
    assert positions["Jane Doe"] == "for" and positions["John Roe"] == "against"
    assert issue["conflict_list"] == []


def run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args, "--db", db],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_cli_issues_issue_conflicts_and_exports(example_store: Store) -> None:
    db = example_store.url
    listed = run("issues", "--format", "jsonl", db=db)
    assert listed.returncode == 0, listed.stderr
    issues = [json.loads(line) for line in listed.stdout.splitlines()]
    membership = next(i for i in issues if "nato membership" in i["phrases"])

    shown = run("issue", membership["id"], db=db)
    assert shown.returncode == 0, shown.stderr
    assert "Donald Trump" in shown.stdout and "against" in shown.stdout
    missing = run("issue", "no-such-issue", db=db)
    assert missing.returncode == 1
    assert missing.stderr.strip().endswith("no-such-issue: no such issue in the record")

    flagged = run("conflicts", "--format", "jsonl", db=db)
    conflicts = [json.loads(line) for line in flagged.stdout.splitlines()]
    assert conflicts and all(set(c) == {"id", "issue", "kind", "a", "b", "why"} for c in conflicts)
    assert run("conflicts", db=db).stdout.count("between_speakers") == len(conflicts)

    exported = run("export", "--what", "conflicts", db=db)
    assert [json.loads(line) for line in exported.stdout.splitlines()] == conflicts
    as_csv = run("export", "--what", "issues", "--format", "csv", db=db)
    assert as_csv.stdout.splitlines()[0].startswith("id,label,phrases,")
    statements = [json.loads(line) for line in run("export", db=db).stdout.splitlines()]
    assert any(membership["id"] in s["issues"] for s in statements)
    assert all({"said_on", "time_expression", "issues"} <= set(s) for s in statements)


def test_a_correction_reaches_the_conflicts(example_store: Store) -> None:
    result = run("speakers", "rename", "donald-trump", "Donald J. Trump", db=example_store.url)
    assert result.returncode == 0, result.stderr
    assert any("Donald J. Trump" in c["why"] for c in example_store.conflicts())


def _member(phrase: str, stance: str, word: str) -> Member:
    return Member(phrase, "s", "S", stance, phrase, ((0, len(word), word),), "indirect", 1.0, None)


def test_a_speaker_is_set_against_another_by_the_side_they_hold() -> None:
    def said(statement_id: str, speaker: str, stance: str, word: str) -> Member:
        return Member(
            statement_id,
            speaker,
            speaker,
            stance,
            "NATO membership",
            ((0, len(word), word),),
            "direct",
            1.0,
            None,
        )

    vectors = {"nato membership": encoder().encode(["NATO membership"])[0]}
    trump = [
        said("t1", "trump", "against", "doubt"),
        said("t2", "trump", "against", "option"),
        said("t3", "trump", "for", "allow"),
    ]
    issue = Issue(
        "nato",
        "NATO membership",
        ["nato membership"],
        [
            *trump,
            said("h1", "hegseth", "against", "unrealistic"),
            said("z1", "zelensky", "for", "essential"),
        ],
    )
    found = {(c.a, c.b) for c in conflicts(issue, vectors)}
    # Trump holds "against" (two to one): set against Zelensky, never against Hegseth
    # on the stray "for".
    assert any({a, b} & {"t1", "t2"} and {a, b} & {"z1"} for a, b in found), found
    assert not any({a, b} & {"t3"} for a, b in found), found
    # As many for as against: no side to set against another's.
    issue.members = [trump[0], trump[2], said("z1", "zelensky", "for", "essential")]
    assert not conflicts(issue, vectors)


def test_general_words_conflict_only_on_the_very_same_question() -> None:
    phrases = ["battle", "combat", "refugees", "NATO membership", "member of NATO"]
    vectors = dict(zip([p.casefold() for p in phrases], encoder().encode(phrases), strict=True))
    # Firm sides on two general words that name different questions: no flag.
    assert not comparable(
        _member("battle", "against", "fought"), _member("combat", "for", "ready"), vectors
    )
    # Firm sides on one and the same general word: a flag.
    assert comparable(
        _member("refugees", "for", "accept"), _member("refugees", "against", "refused"), vectors
    )
    # Specific phrases close in meaning: a flag even on a negation alone.
    assert comparable(
        _member("NATO membership", "for", "irreversible"),
        _member("member of NATO", "against", "never"),
        vectors,
    )


def _changing_hands(text: str, content: str, cue: str) -> list[Topic]:
    """The topics of a place changing hands in one statement of ``text``."""
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, cue), "indirect", None, 1.0)
    return [t for t in topics(doc, statement) if (t.name or "").startswith("control of ")]


@pytest.mark.parametrize(
    ("text", "content", "cue", "stance"),
    [
        (
            "“Greenland is not for sale,” Frederiksen said.",
            "“Greenland is not for sale,”",
            "said",
            "against",
        ),
        (  # quotation marks around the words part "not" from the verb
            "Mark Carney told the U.S. President that Canada is “not for sale.”",
            "that Canada is “not for sale.”",
            "told",
            "against",
        ),
        (
            "Egede said the island is for sale.",
            "the island is for sale",
            "said",
            "unclear",
        ),  # no place told before
        (
            "Trump wants to buy Greenland. Egede said the island is not for sale.",
            "the island is not for sale",
            "said",
            "against",
        ),
        (
            "“We need Greenland for national security,” Trump said.",
            "“We need Greenland for national security,”",
            "said",
            "for",
        ),
        (
            "Trump said the ownership and control of Greenland is an absolute necessity.",
            "the ownership and control of Greenland is an absolute necessity",
            "said",
            "for",
        ),
        (
            "Trump said he might seek to regain control of the Panama Canal.",
            "he might seek to regain control of the Panama Canal",
            "said",
            "for",
        ),
        (  # a share of the place, and what the territory lies around
            "Trump wants to seize the Panama Canal. Panama says it won’t cede even an inch of "
            "its territory around the canal.",
            "it won’t cede even an inch of its territory around the canal",
            "says",
            "against",
        ),
        (  # ruling out a means is no side on what it would be used for
            "Trump declined to rule out using military force to take control of Greenland.",
            "to rule out using military force to take control of Greenland",
            "declined",
            "unclear",
        ),
        (  # a report relayed is the relayer's side on nothing
            "“Greenland is not for sale,” Frederiksen said, according to the BBC.",
            "“Greenland is not for sale,” Frederiksen said",
            "according to",
            "unclear",
        ),
    ],
)
def test_a_place_changing_hands_is_one_question(
    text: str, content: str, cue: str, stance: str
) -> None:
    named = _changing_hands(text, content, cue)
    if "island" in content and "buy" not in text:
        assert named == []
        return
    [topic] = named
    places = ("control of Greenland", "control of Panama Canal", "control of Canada")
    assert topic.name in places, topic
    assert topic.stance == stance
    assert (topic.evidence != ()) == (stance != "unclear")


@pytest.mark.parametrize(
    ("text", "content", "cue", "stance"),
    [
        (
            "Zelensky insisted that Ukrainians will not give their land to the occupier.",
            "that Ukrainians will not give their land to the occupier",
            "insisted",
            "against",
        ),
        (
            "Zelensky warned that Kyiv will not surrender any territory to Russia.",
            "that Kyiv will not surrender any territory to Russia",
            "warned",
            "against",
        ),
        (  # territories traded are the land last told as changing hands
            "Zelensky insisted that Ukrainians will not give their land to the occupier. Trump "
            "said any end to the war must involve some swapping of territories.",
            "any end to the war must involve some swapping of territories",
            "said",
            "for",
        ),
    ],
)
def test_land_a_country_gives_up_is_its_territory_changing_hands(
    text: str, content: str, cue: str, stance: str
) -> None:
    [topic] = _changing_hands(text, content, cue)
    assert topic.name == "control of Ukraine's territory"
    assert topic.stance == stance


def test_giving_what_is_no_land_is_no_place_changing_hands() -> None:
    text = "Rutte said NATO will give more air defence to Ukraine."
    doc = pipeline()(text)
    content = "NATO will give more air defence to Ukraine"
    statement = Statement((_span(text, content),), None, _span(text, "said"), "indirect", None, 1.0)
    assert [t.name for t in topics(doc, statement)] == [None]


def test_a_granted_clause_is_no_side() -> None:
    text = (
        "Denmark said it would not negotiate over the future of Greenland, although its "
        "residents could vote for independence."
    )
    content = text[text.index("it would") : -1]
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, "said"), "indirect", None, 1.0)
    found = {t.span.text: t for t in topics(doc, statement)}
    assert found["independence"].stance == "unclear"


GREENLAND = [  # one story, three outlets; written for this test
    (
        "wire",
        "2025-01-07",
        "Danish Prime Minister Mette Frederiksen said Tuesday that Greenland is not for sale. "
        "President-elect Donald Trump said in December that the ownership and control of "
        "Greenland is an absolute necessity.",
    ),
    (
        "daily",
        "2025-01-08",
        "“We need Greenland for national security purposes,” Donald Trump told reporters.\n\n"
        "Greenland's Prime Minister Mute Egede said on Monday: “Greenland is ours. We are not "
        "for sale.”",
    ),
    (
        "weekly",
        "2025-01-09",
        "Trump has suggested that he might seek to regain control of the Panama Canal. Panama "
        "says it won’t cede even an inch of its territory around the canal.",
    ),
]


def test_a_place_changing_hands_sets_speakers_against_each_other(db_url: str) -> None:
    store = _stored(db_url, GREENLAND)
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    labels = {c["issue"]: c for c in store.conflicts()}
    pairs = _pairs(cited, store.conflicts())
    assert frozenset(("Donald Trump", "Mette Frederiksen")) in pairs
    assert frozenset(("Donald Trump", "Mute Egede")) in pairs
    assert frozenset(("Donald Trump", "Panama")) in pairs
    assert {"control-of-greenland", "control-of-panama-canal"} <= set(labels)


@pytest.mark.parametrize(
    ("text", "content", "cue", "stance"),
    [
        (  # a company bought, in the passive
            "“I am totally against U.S. Steel being bought by a foreign company,” Trump wrote.",
            "“I am totally against U.S. Steel being bought by a foreign company,”",
            "wrote",
            "against",
        ),
        (  # a deal named after the company was told as changing hands
            "Nippon Steel agreed to acquire U.S. Steel. Ann Lee said the deal benefits workers.",
            "the deal benefits workers",
            "said",
            "for",
        ),
        (  # dismay at a deed against it is for it
            "Nippon Steel agreed to buy U.S. Steel. Tom Reyes expressed disappointment over "
            "the decision to block the takeover.",
            "disappointment over the decision to block the takeover",
            "expressed",
            "for",
        ),
        (  # a verdict on a deed against it, past the thing the parse set between
            "Tom Reyes called the decision to block the sale of U.S. Steel “shameful and corrupt.”",
            "the decision to block the sale of U.S. Steel “shameful and corrupt.”",
            "called",
            "for",
        ),
        (  # undoing a ban on it is for it
            "Ann Lee asked the president to reverse his ban on the bid to buy U.S. Steel.",
            "the president to reverse his ban on the bid to buy U.S. Steel",
            "asked",
            "for",
        ),
        (  # staying in its owners' hands is against its changing them
            "Ann Lee said U.S. Steel must remain domestically owned and operated.",
            "U.S. Steel must remain domestically owned and operated",
            "said",
            "against",
        ),
        (  # a verdict on a subject far above it judges the subject, not the sale
            "Tom Reyes said that attempts to politicize the review of the sale of U.S. Steel "
            "were counterproductive.",
            "that attempts to politicize the review of the sale of U.S. Steel were "
            "counterproductive",
            "said",
            "unclear",
        ),
    ],
)
def test_a_company_changing_hands_is_one_question(
    text: str, content: str, cue: str, stance: str
) -> None:
    doc = pipeline()(text)
    statement = Statement((_span(text, content),), None, _span(text, cue), "indirect", None, 1.0)
    [topic] = [t for t in topics(doc, statement) if (t.name or "").startswith("takeover of ")]
    assert topic.name == "takeover of U.S. Steel"
    assert topic.stance == stance
    assert (topic.evidence != ()) == (stance != "unclear")


STEEL = [  # one story, three outlets; written for this test
    (
        "wire",
        "2024-12-03",
        "President-elect Donald Trump said on Monday that he was totally against U.S. Steel "
        "being bought by a foreign company. Vice President Kamala Harris said it was vital to "
        "keep strong American steel companies.",
    ),
    (
        "daily",
        "2025-01-04",
        "Nippon Steel agreed in 2023 to acquire U.S. Steel. Trade Minister Yoji Muto "
        "expressed disappointment over the decision to block the takeover of U.S. Steel.",
    ),
    (
        "weekly",
        "2025-01-06",
        "Nippon Steel still wants to buy U.S. Steel. U.S. Steel President and CEO David B. "
        "Burritt said the deal benefits the United States.",
    ),
]


def test_a_company_changing_hands_sets_speakers_against_each_other(db_url: str) -> None:
    store = _stored(db_url, STEEL)
    cited = {r["id"]: r for r in store.statements(StatementQuery())}
    pairs = _pairs(cited, store.conflicts())
    assert frozenset(("Donald Trump", "Yoji Muto")) in pairs
    assert frozenset(("Donald Trump", "David B. Burritt")) in pairs
    # "strong American steel companies" lies close to the takeover in words but
    # is another question
    assert not any("Kamala Harris" in pair for pair in pairs), pairs
    assert {c["issue"] for c in store.conflicts()} == {"takeover-of-u-s-steel"}
