"""Build ``blind3.jsonl``: the third batch of blind test articles (session 14).

16 invented 2016-style political news articles built mostly on who the sources are (unnamed
officials and their later mentions, groups, bodies, outlets, documents), written and annotated by
a helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage::

    python data/gold/blind3/build_blind3.py            # rewrite blind3.jsonl next to this file
    python data/gold/blind3/build_blind3.py --check    # exit 1 if blind3.jsonl is stale

Spec mini-language (one annotation per line): ``cue || source || content || source_type``. A span
spec is an exact substring that must occur once in the text, or a context string with the span
marked [[like this]] whose context (markers removed) occurs once. Source "-" means null; content
fragments (a quotation split around its cue) are separated by " ++ ".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
QUOTE_CHARS = '"\u201c\u201d'


def count_occ(text, s):
    n, i = 0, text.find(s)
    while i != -1:
        n += 1
        i = text.find(s, i + 1)
    return n


def resolve(text, spec, where):
    spec = spec.strip()
    if "[[" in spec:
        pre = spec.index("[[")
        post = spec.index("]]")
        inner = spec[pre + 2:post]
        ctx = spec.replace("[[", "").replace("]]", "")
        n = count_occ(text, ctx)
        assert n == 1, f"{where}: context {ctx!r} occurs {n} times"
        start = text.find(ctx) + pre
        end = start + len(inner)
        assert text[start:end] == inner
    else:
        inner = spec
        n = count_occ(text, inner)
        assert n == 1, f"{where}: span {inner!r} occurs {n} times"
        start = text.find(inner)
        end = start + len(inner)
    assert text[start:end] == inner, where
    assert inner == inner.strip() and inner, f"{where}: span has edge whitespace/empty: {inner!r}"
    return start, end


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse(data):
    docs = []
    blocks = re.split(r"^@@ ", data, flags=re.M)[1:]
    for b in blocks:
        head, rest = b.split("\n", 1)
        doc_id = head.strip()
        text_part, ann_part = rest.split("\n##\n", 1)
        text = text_part.strip("\n")
        anns = [line for line in ann_part.split("\n") if line.strip() and not line.lstrip().startswith("#")]
        docs.append((doc_id, text, anns))
    return docs


def build(data, curly_ids):
    out = []
    errors = []
    for doc_id, text, anns in parse(data):
        # ---- text checks
        assert "\n\n" in text
        for para in text.split("\n\n"):
            assert para and "\n" not in para and para == para.strip(), f"{doc_id}: bad paragraph {para[:40]!r}"
        words = len(text.split())
        assert 250 <= words <= 450, f"{doc_id}: {words} words"
        if doc_id in curly_ids:
            assert '"' not in text, f"{doc_id}: straight double quote in curly article"
            assert "\u201c" in text
        else:
            assert "\u201c" not in text and "\u201d" not in text, f"{doc_id}: curly in straight article"
            assert '"' in text
        attrs = []
        for k, line in enumerate(anns):
            where = f"{doc_id}#{k+1} [{line[:60]}]"
            parts = [p.strip() for p in line.split(" || ")]
            assert len(parts) == 4, f"{where}: {len(parts)} fields"
            cue_s, src_s, con_s, typ = parts
            assert typ in TYPES, f"{where}: bad type {typ}"
            cs, ce = resolve(text, cue_s, where + " cue")
            a = {"cue": span(text, cs, ce)}
            if src_s == "-":
                a["source"] = None
                assert typ == "unknown", f"{where}: null source must be unknown"
            else:
                ss, se = resolve(text, src_s, where + " source")
                a["source"] = span(text, ss, se)
                assert not (ss < ce and cs < se), f"{where}: cue overlaps source"
            frags = [resolve(text, f, where + " content") for f in con_s.split(" ++ ")]
            for i in range(1, len(frags)):
                assert frags[i][0] >= frags[i - 1][1], f"{where}: fragments out of order"
            hs, he = frags[0][0], frags[-1][1]
            c = span(text, hs, he)
            if len(frags) > 1:
                c["fragments"] = [[s, e] for s, e in frags]
            a["content"] = c
            for s, e in frags:
                assert not (s < ce and cs < e), f"{where}: cue inside content"
            ftxt = text[frags[0][0]:frags[0][1]]
            assert not (ftxt.lower().startswith("that ") and len(ftxt.split()) > 3), f"{where}: content starts with that"
            ltxt = text[frags[-1][0]:frags[-1][1]]
            if ltxt.endswith("."):
                errors.append(f"{where}: content ends with bare period")
            a["source_type"] = typ
            attrs.append(a)
        # ---- cue inside another attribution's pure direct quote?
        for i, a in enumerate(attrs):
            for j, b in enumerate(attrs):
                if i == j:
                    continue
                segs = b["content"].get("fragments", [[b["content"]["start"], b["content"]["end"]]])
                for s, e in segs:
                    seg = text[s:e]
                    if seg[0] in QUOTE_CHARS and seg[-1] in QUOTE_CHARS and s <= a["cue"]["start"] < e:
                        errors.append(f"{doc_id}: cue {a['cue']} inside direct quote of attribution {j+1}")
        out.append({"doc_id": doc_id, "text": text, "attributions": attrs})
    return out, errors


DATA1 = r'''
@@ c01
Trump campaign weighs shake-up as donors grow restless

Donald Trump's campaign is considering bringing in a new senior strategist to oversee its battleground operation, according to three people familiar with the discussions, as anxious donors press the nominee to professionalize an organization they view as badly outmatched by Hillary Clinton's.

The talks, which the people described as preliminary, have centered on a veteran Republican operative who ran field programs in Ohio and Florida during George W. Bush's 2004 reelection bid. The operative would oversee a plan that aides say could add several hundred paid staffers in battleground states by Labor Day. No offer has been made, one of the people said, and Trump himself has not signed off.

"He knows the ground game is a problem," said a senior campaign official who spoke on condition of anonymity because he was not authorized to discuss personnel matters. "He just doesn't like hearing it from people who write checks."

The official said Trump's campaign manager, Paul Manafort, had raised the idea with the candidate twice in the past week. Manafort did not respond to a request for comment.

Several major donors have grown frustrated with the pace of hiring, two Republican fundraisers said. One donor, a New York financier who gave heavily to Jeb Bush during the primaries, said he had told Trump's son-in-law, Jared Kushner, that he would not write another check until the campaign opened offices in Pennsylvania and North Carolina.

"I'm not going to pour money into a hole," the donor said. "Show me the field offices and we'll talk."

Another fundraiser described the mood among bundlers as "somewhere between nervous and furious."

Campaign spokeswoman Hope Hicks disputed that characterization. "Mr. Trump's campaign has never been stronger," Hicks said in a statement, adding that the campaign had "more enthusiasm than any in modern history."

People close to Trump say he remains skeptical of traditional field operations, believing that his rallies and television appearances drive turnout more effectively than door-knocking. A Republican strategist close to the campaign said several of the candidate's longtime aides share that view and worry a new hire could dilute their influence.

"There are people in that building who see any outsider as a threat," the strategist said.

The RNC, which has spent millions building its own voter-contact program, has stepped in to fill some of the gaps. Party Chairman Reince Priebus told reporters last week that the committee's staff was "fully integrated" with the campaign, a claim some GOP operatives privately dispute.

A Washington Post analysis of federal filings found that the Trump campaign had fewer than 70 paid staffers at the end of June, compared with nearly 700 for Clinton.
##
according to || three people familiar with the discussions || Donald Trump's campaign is considering bringing in a new senior strategist to oversee its battleground operation || anonymous
donors [[press]] the nominee || anxious donors || to professionalize an organization they view as badly outmatched by Hillary Clinton's || anonymous
they [[view]] as || [[they]] view as || [[an organization]] they view ++ as badly outmatched by Hillary Clinton's || anonymous
the people [[described]] as || which [[the people]] described || [[The talks]], which ++ [[as preliminary]], have || anonymous
aides [[say]] could || a plan that [[aides]] say || [[a plan]] that aides ++ could add several hundred paid staffers in battleground states by Labor Day || anonymous
one of the people [[said]] || [[one of the people]] said || No offer has been made ++ and Trump himself has not signed off || anonymous
[[said]] a senior campaign official || a senior campaign official who spoke on condition of anonymity because he was not authorized to discuss personnel matters || "He knows the ground game is a problem," ++ "He just doesn't like hearing it from people who write checks." || anonymous
The official [[said]] || [[The official]] said || Trump's campaign manager, Paul Manafort, had raised the idea with the candidate twice in the past week || anonymous
had [[raised]] the idea || Trump's campaign manager, Paul Manafort || had raised [[the idea]] with || named_person
two Republican fundraisers [[said]] || two Republican fundraisers || Several major donors have grown frustrated with the pace of hiring || anonymous
primaries, [[said]] he had || One donor, a New York financier who gave heavily to Jeb Bush during the primaries || he had told Trump's son-in-law, Jared Kushner, that he would not write another check until the campaign opened offices in Pennsylvania and North Carolina || anonymous
he had [[told]] || said [[he]] had told || he would not write another check until the campaign opened offices in Pennsylvania and North Carolina || anonymous
the donor [[said]] || [[the donor]] said || "I'm not going to pour money into a hole," ++ "Show me the field offices and we'll talk." || anonymous
Another fundraiser [[described]] || Another fundraiser || the mood among bundlers as "somewhere between nervous and furious." || anonymous
disputed || Campaign spokeswoman Hope Hicks || [[that characterization]]. "Mr. || named_person
Hicks [[said]] || [[Hicks]] said || "Mr. Trump's campaign has never been stronger," || named_person
adding || [[Hicks]] said || the campaign had "more enthusiasm than any in modern history." || named_person
Trump [[say]] he || People close to Trump || he remains skeptical of traditional field operations, believing that his rallies and television appearances drive turnout more effectively than door-knocking || anonymous
believing || say [[he]] remains || his rallies and television appearances drive turnout more effectively than door-knocking || named_person
the campaign [[said]] several || A Republican strategist close to the campaign || several of the candidate's longtime aides share that view and worry a new hire could dilute their influence || anonymous
aides [[share]] that || [[several of the candidate's longtime aides]] share || share [[that view]] and || anonymous
and [[worry]] a new || [[several of the candidate's longtime aides]] share || a new hire could dilute their influence || anonymous
the strategist [[said]] || [[the strategist]] said || "There are people in that building who see any outsider as a threat," || anonymous
Priebus [[told]] || Party Chairman Reince Priebus || the committee's staff was "fully integrated" with the campaign || named_person
privately [[dispute]] || some GOP operatives || [[a claim]] some GOP || anonymous
found || A Washington Post analysis of federal filings || the Trump campaign had fewer than 70 paid staffers at the end of June, compared with nearly 700 for Clinton || media

@@ c02
Democrats fume as Comey letter upends final stretch of race

WASHINGTON (AP) — Democrats on Sunday intensified their criticism of FBI Director James Comey, accusing him of meddling in the presidential election by disclosing that investigators had found new emails that may be connected to Hillary Clinton's private server.

Senate Minority Leader Harry Reid sent Comey a blistering letter charging that the FBI director may have broken a federal law barring officials from using their positions to influence an election. “Your actions in recent months have demonstrated a disturbing double standard,” Reid wrote.

The Clinton campaign called the disclosure “extraordinary” and demanded that the bureau release all relevant information immediately. Campaign chairman John Podesta told reporters on a conference call that Comey owed the public “a full and complete explanation,” and he suggested the director had bowed to pressure from Republicans in Congress.

Comey has not spoken publicly since Friday, when he informed lawmakers in a brief letter that agents had come across emails “that appear to be pertinent” to the closed investigation. The letter said the FBI could not yet assess whether the material was significant.

Two law enforcement officials told The Associated Press that the emails were discovered on a laptop belonging to former Rep. Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin. One of the officials, who was not authorized to discuss the investigation publicly, said agents had not begun reviewing the messages because they had not yet obtained a warrant.

Attorney General Loretta Lynch had advised against sending the letter, according to a Justice Department official familiar with the deliberations. The official said Lynch believed it would violate long-standing department policy against taking steps that could affect an election in its final weeks. Lynch and Comey did not speak directly about the matter, the official added.

Republicans seized on the news. Donald Trump told a rally in Colorado that the revelation was “bigger than Watergate,” and the crowd responded with chants of “lock her up.”

Not every Republican was cheering. A former Justice Department official who served under President George W. Bush said he was baffled by the timing. “You don't do this eleven days out,” he said. “Not unless you have something concrete.”

The White House declined to say whether President Barack Obama retained confidence in the FBI director. But press secretary Josh Earnest said the president believes Comey is “a man of integrity.”
##
accusing || [[Democrats]] on Sunday || him of meddling in the presidential election by disclosing that investigators had found new emails that may be connected to Hillary Clinton's private server || named_org
disclosing || accusing [[him]] of || investigators had found new emails that may be connected to Hillary Clinton's private server || named_person
charging || [[a blistering letter]] charging || the FBI director may have broken a federal law barring officials from using their positions to influence an election || document
Reid [[wrote]] || [[Reid]] wrote || “Your actions in recent months have demonstrated a disturbing double standard,” || named_person
campaign [[called]] the disclosure || The Clinton campaign || the disclosure “extraordinary” || named_org
demanded || The Clinton campaign || the bureau release all relevant information immediately || named_org
Podesta [[told]] || Campaign chairman John Podesta || Comey owed the public “a full and complete explanation,” || named_person
suggested || and [[he]] suggested || the director had bowed to pressure from Republicans in Congress || named_person
informed || when [[he]] informed || agents had come across emails “that appear to be pertinent” to the closed investigation || named_person
The letter [[said]] || [[The letter]] said || the FBI could not yet assess whether the material was significant || document
officials [[told]] The Associated || Two law enforcement officials || the emails were discovered on a laptop belonging to former Rep. Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin || anonymous
publicly, [[said]] agents || One of the officials, who was not authorized to discuss the investigation publicly || agents had not begun reviewing the messages because they had not yet obtained a warrant || anonymous
according to || a Justice Department official familiar with the deliberations || Attorney General Loretta Lynch had advised against sending the letter || anonymous
advised || Attorney General Loretta Lynch || against sending the letter || named_person
The official [[said]] Lynch || [[The official]] said Lynch || Lynch believed it would violate long-standing department policy against taking steps that could affect an election in its final weeks || anonymous
believed || said [[Lynch]] believed || it would violate long-standing department policy against taking steps that could affect an election in its final weeks || named_person
added || [[the official]] added || Lynch and Comey did not speak directly about the matter || anonymous
Donald Trump [[told]] || [[Donald Trump]] told || the revelation was “bigger than Watergate,” || named_person
chants || [[the crowd]] responded || “lock her up.” || anonymous
Bush [[said]] he was || A former Justice Department official who served under President George W. Bush || he was baffled by the timing || anonymous
,” he [[said]]. “Not || ,” [[he]] said. “Not || “You don't do this eleven days out,” ++ “Not unless you have something concrete.” || anonymous
Earnest [[said]] || press secretary Josh Earnest || the president believes Comey is “a man of integrity.” || named_person
believes || [[the president]] believes || Comey is “a man of integrity.” || named_person

@@ c03
Sanders Delegates Boo, Chant As Convention Opens In Philadelphia

PHILADELPHIA -- The first day of the Democratic National Convention turned raucous Monday as hundreds of Bernie Sanders delegates booed speakers who mentioned Hillary Clinton and chanted the Vermont senator's name from the floor.

The outbursts came despite an email Sanders sent to his delegates Monday afternoon urging them not to engage in "any kind of protest on the floor." Several delegates said they had not read the message, and others said they did not care.

"He's been telling us for a year that this is a movement, not a man," said Maria Delgado, a delegate from Fresno, California. "Well, the movement isn't done."

Outside the Wells Fargo Center, protesters marched in near-100-degree heat, chanting that the primary had been "stolen" and carrying signs that read "Bernie or Bust" and "DNC = Rigged." Philadelphia police said the demonstrations were largely peaceful, with a handful of arrests for scaling barricades.

Much of the anger stemmed from hacked DNC emails published by WikiLeaks last week, which showed party officials discussing ways to undermine Sanders during the primaries. Sanders supporters see the emails as proof that the nomination process was stacked against their candidate.

Chairwoman Debbie Wasserman Schultz announced Sunday that she would step down at the end of the convention, but for many delegates that was not enough. "She should have been gone months ago," said one delegate from Oregon, who declined to give her name. "Honestly, it's insulting that she's still here at all."

At a breakfast for California delegates earlier Monday, Sanders himself was booed when he told the audience that Clinton must be elected. "We have got to defeat Donald Trump," the Vermont senator said, raising his voice over the crowd. The room did not quiet down.

Clinton campaign officials insist the divisions will heal. A senior aide said the campaign expects most Sanders voters to come around by November, pointing to polls showing that roughly 90 percent of them already back Clinton in a two-way race.

Some of the senator's allies are less sure. Jeff Weaver, Sanders's campaign manager, told HuffPost that the party "has a lot of work to do" to earn the trust of younger voters. "You can't just tell people to get in line," Weaver said.

Later in the evening, Sen. Elizabeth Warren and Michelle Obama drew roaring applause, and convention organizers said they hoped the speeches had turned the page.
##
urging || an email Sanders sent to his delegates Monday afternoon || not to engage in "any kind of protest on the floor." || document
Several delegates [[said]] || Several delegates || they had not read the message || anonymous
others [[said]] || [[others]] said || they did not care || anonymous
[[said]] Maria Delgado || Maria Delgado, a delegate from Fresno, California || "He's been telling us for a year that this is a movement, not a man," ++ "Well, the movement isn't done." || named_person
chanting || [[protesters]] marched || the primary had been "stolen" || anonymous
signs that [[read]] || [[signs]] that read || "Bernie or Bust" and "DNC = Rigged." || document
police [[said]] || Philadelphia police || the demonstrations were largely peaceful, with a handful of arrests for scaling barricades || named_org
showed || hacked DNC emails published by WikiLeaks last week || party officials discussing ways to undermine Sanders during the primaries || document
Sanders supporters [[see]] || Sanders supporters || the emails as proof that the nomination process was stacked against their candidate || anonymous
announced || Chairwoman Debbie Wasserman Schultz || she would step down at the end of the convention || named_person
[[said]] one delegate from Oregon || one delegate from Oregon, who declined to give her name || "She should have been gone months ago," ++ "Honestly, it's insulting that she's still here at all." || anonymous
when he [[told]] || when [[he]] told || Clinton must be elected || named_person
the Vermont senator [[said]] || [[the Vermont senator]] said || "We have got to defeat Donald Trump," || named_person
insist || Clinton campaign officials || the divisions will heal || anonymous
aide [[said]] || A senior aide || the campaign expects most Sanders voters to come around by November || anonymous
expects || [[the campaign]] expects || most Sanders voters to come around by November || named_org
showing || [[polls]] showing || roughly 90 percent of them already back Clinton in a two-way race || document
Weaver, Sanders's campaign manager, [[told]] || Jeff Weaver, Sanders's campaign manager || the party "has a lot of work to do" to earn the trust of younger voters || named_person
Weaver [[said]] || [[Weaver]] said || "You can't just tell people to get in line," || named_person
organizers [[said]] || convention organizers || they hoped the speeches had turned the page || anonymous
hoped || [[they]] hoped || the speeches had turned the page || anonymous

@@ c04
Ryan, Under Pressure, Weighs How Far to Go in Backing Trump

WASHINGTON — Speaker Paul D. Ryan will tell House Republicans on a conference call Monday that he will no longer defend Donald J. Trump or campaign alongside him, according to two people briefed on his plans, a remarkable break between the party's highest-ranking elected official and its presidential nominee.

The decision followed a weekend of agonized deliberations among Mr. Ryan's advisers, who worried that continuing to stand by Mr. Trump after the release of a 2005 recording in which he boasted about groping women would endanger the party's House majority.

“He's not going to pretend this is normal,” said one of the people, a longtime Ryan aide who insisted on anonymity to describe private conversations. “But he's also not going to tell people how to vote.”

Mr. Ryan will stop short of withdrawing his endorsement, the aide said, a distinction that is unlikely to satisfy several conservatives in his conference. Some G.O.P. lawmakers believe the speaker should go further; others think he has already gone too far.

Representative Jason Chaffetz of Utah, who withdrew his own endorsement on Friday, said in an interview that he respected the speaker's position but could not “look my daughter in the eye” and vote for Mr. Trump.

Trump supporters in the House were less charitable. One Republican from a rural Southern district, who asked not to be named because he did not want to provoke a fight with leadership, said the speaker was “abandoning the voters who got us here.” Another called the move “a gift to Hillary.”

The Trump campaign did not respond to requests for comment on Sunday night. But in a Twitter post on Saturday, Mr. Trump wrote that “so many self-righteous hypocrites” were deserting him and predicted that his supporters would remember who stood by him.

Democrats were quick to argue that the damage had already been done. The Democratic Congressional Campaign Committee released a statement saying Mr. Ryan “owns every word Donald Trump has said.”

Mr. Ryan's allies say he has never been comfortable with the nominee. In June, the speaker called Mr. Trump's comments about a federal judge of Mexican heritage “the textbook definition of a racist comment,” even as he maintained his endorsement.

A senior Republican strategist who has advised several House candidates this cycle said the speaker's calculation was simple. “His job is to hold the House,” the strategist said. “Everything else is secondary.”
##
according to || two people briefed on his plans || Speaker Paul D. Ryan will tell House Republicans on a conference call Monday that he will no longer defend Donald J. Trump or campaign alongside him || anonymous
will [[tell]] House || Speaker Paul D. Ryan || he will no longer defend Donald J. Trump or campaign alongside him || named_person
worried || [[Mr. Ryan's advisers]], who worried || continuing to stand by Mr. Trump after the release of a 2005 recording in which he boasted about groping women would endanger the party's House majority || anonymous
boasted || in which [[he]] boasted || about groping women || named_person
[[said]] one of the people || one of the people, a longtime Ryan aide who insisted on anonymity to describe private conversations || “He's not going to pretend this is normal,” ++ “But he's also not going to tell people how to vote.” || anonymous
the aide [[said]] || [[the aide]] said || Mr. Ryan will stop short of withdrawing his endorsement || anonymous
believe || Some G.O.P. lawmakers || the speaker should go further || anonymous
think || [[others]] think || he has already gone too far || anonymous
Friday, [[said]] in an interview || Representative Jason Chaffetz of Utah, who withdrew his own endorsement on Friday || he respected the speaker's position but could not “look my daughter in the eye” and vote for Mr. Trump || named_person
leadership, [[said]] the speaker || One Republican from a rural Southern district, who asked not to be named because he did not want to provoke a fight with leadership || the speaker was “abandoning the voters who got us here.” || anonymous
Another [[called]] || [[Another]] called || the move “a gift to Hillary.” || anonymous
Mr. Trump [[wrote]] || [[Mr. Trump]] wrote || “so many self-righteous hypocrites” were deserting him || named_person
predicted || [[Mr. Trump]] wrote || his supporters would remember who stood by him || named_person
argue || [[Democrats]] were quick || the damage had already been done || named_org
saying || [[a statement]] saying || Mr. Ryan “owns every word Donald Trump has said.” || document
allies [[say]] || Mr. Ryan's allies || he has never been comfortable with the nominee || anonymous
the speaker [[called]] || [[the speaker]] called || Mr. Trump's comments about a federal judge of Mexican heritage “the textbook definition of a racist comment,” || named_person
cycle [[said]] || A senior Republican strategist who has advised several House candidates this cycle || the speaker's calculation was simple || anonymous
the strategist [[said]] || [[the strategist]] said || “His job is to hold the House,” ++ “Everything else is secondary.” || anonymous
'''
DATA2 = r'''
@@ c05
EXCLUSIVE -- Emails Show Clinton Foundation Donors Sought State Department Access

Newly released emails show that top Clinton Foundation donors repeatedly sought meetings with Hillary Clinton through her closest aides while she served as secretary of state, raising fresh questions about whether the charity traded on her government position.

The messages, obtained by the conservative watchdog group Judicial Watch through a federal lawsuit, include a 2009 exchange in which a foundation executive, Doug Band, asked Clinton aide Huma Abedin to arrange a meeting for a "key guy" who had given millions to the charity. Abedin replied that she would "reach out" to the department's Middle East office.

Judicial Watch President Tom Fitton said the documents prove the wall between the foundation and the State Department was "a fiction." "This is pay-to-play, plain and simple," Fitton told Breitbart News. "The American people deserve to know what was promised."

The Clinton campaign dismissed the report. Spokesman Brian Fallon said in a statement that Clinton never took any action on behalf of a donor and accused Judicial Watch of running "a right-wing smear operation."

But critics say the pattern is unmistakable. Peter Schweizer, author of the bestselling book "Clinton Cash," argues that the foundation functioned as a "shadow State Department" where foreign interests could buy influence. An Associated Press analysis published last month found that at least 85 of the 154 private interests who met or spoke by phone with Clinton during her tenure had donated to the foundation.

Donald Trump seized on the emails at a rally in Akron, Ohio, on Monday night, telling the crowd that Clinton had "sold out" the State Department. "It's the most corrupt thing I've ever seen," the Republican nominee said. The crowd chanted "Lock her up!" as Trump vowed to appoint a special prosecutor.

Several Republican lawmakers have demanded that the FBI reopen its inquiry into the foundation. House Judiciary Committee Chairman Bob Goodlatte said Tuesday that his committee would "look closely" at the new material.

Insiders on Capitol Hill say the FBI has been quietly examining the foundation's finances for months, though the bureau has refused to confirm any such investigation. A spokesman for the bureau said it "does not comment on the existence or nonexistence of investigations."

The former first lady has repeatedly insisted that her work at the State Department was never influenced by donations. "There is no connection, none," she told reporters in Iowa last spring.
##
Emails [[Show]] || [[Emails]] Show || Clinton Foundation Donors Sought State Department Access || document
released emails [[show]] that || Newly released emails || top Clinton Foundation donors repeatedly sought meetings with Hillary Clinton through her closest aides while she served as secretary of state || document
Doug Band, [[asked]] || a foundation executive, Doug Band || to arrange a meeting for a "key guy" who had given millions to the charity || named_person
replied || [[Abedin]] replied || she would "reach out" to the department's Middle East office || named_person
Fitton [[said]] the documents || Judicial Watch President Tom Fitton || the documents prove the wall between the foundation and the State Department was "a fiction." || named_person
prove || [[the documents]] prove || the wall between the foundation and the State Department was "a fiction." || document
Fitton [[told]] || [[Fitton]] told || "This is pay-to-play, plain and simple," ++ "The American people deserve to know what was promised." || named_person
dismissed || The Clinton campaign || dismissed [[the report]]. || named_org
Fallon [[said]] || Spokesman Brian Fallon || Clinton never took any action on behalf of a donor || named_person
accused || Spokesman Brian Fallon || Judicial Watch of running "a right-wing smear operation." || named_person
critics [[say]] || [[critics]] say || the pattern is unmistakable || anonymous
argues || Peter Schweizer, author of the bestselling book "Clinton Cash," || the foundation functioned as a "shadow State Department" where foreign interests could buy influence || named_person
month [[found]] that || An Associated Press analysis published last month || at least 85 of the 154 private interests who met or spoke by phone with Clinton during her tenure had donated to the foundation || media
telling || [[Donald Trump]] seized || Clinton had "sold out" the State Department || named_person
nominee [[said]] || [[the Republican nominee]] said || "It's the most corrupt thing I've ever seen," || named_person
chanted || [[The crowd]] chanted || "Lock her up!" || anonymous
vowed || as [[Trump]] vowed || to appoint a special prosecutor || named_person
demanded || Several Republican lawmakers || the FBI reopen its inquiry into the foundation || anonymous
Goodlatte [[said]] || House Judiciary Committee Chairman Bob Goodlatte || his committee would "look closely" at the new material || named_person
Hill [[say]] || Insiders on Capitol Hill || the FBI has been quietly examining the foundation's finances for months || anonymous
bureau [[said]] || A spokesman for the bureau || it "does not comment on the existence or nonexistence of investigations." || anonymous
insisted || The former first lady || her work at the State Department was never influenced by donations || named_person
she [[told]] || [[she]] told || "There is no connection, none," || named_person

@@ c06
Voters sour on both nominees as first debate nears, new poll finds

WASHINGTON — With less than two weeks before the first presidential debate, a majority of Americans say they hold unfavorable views of both Hillary Clinton and Donald Trump, a new USA TODAY/Suffolk University Poll finds.

The survey of 1,000 likely voters, taken Wednesday through Sunday, shows Clinton leading Trump 42% to 38% nationally, with Libertarian Gary Johnson at 8% and Green Party nominee Jill Stein at 3%. The margin of error is plus or minus 3 percentage points.

Two-thirds of independents said neither candidate was honest and trustworthy, and nearly half said they might still change their minds before Election Day.

“I don't like either of them, honestly,” said Darlene Hutchins, 58, a retired schoolteacher from Tampa who took part in the survey. “I'll probably vote for Clinton, but I'm not happy about it.”

David Paleologos, director of Suffolk's Political Research Center, said the results suggest the debates could matter more than usual this year. “You have a big block of voters who are essentially waiting to be persuaded,” he said.

The poll also found that economic anxiety remains high. Some 56% of respondents said the country was on the wrong track, and a plurality named jobs and the economy as the most important issue facing the nation.

Economists are divided on which candidate's plans would do more to help. A Moody's Analytics study released this summer concluded that Trump's proposals on trade and immigration would push the economy into recession, while conservative economists at the Tax Foundation have argued that his tax cuts would spur growth.

The Trump campaign pointed to other surveys that show a tighter race. “The only poll that matters is on November 8,” campaign manager Kellyanne Conway told USA TODAY. She said internal numbers show Trump gaining ground in Pennsylvania, Michigan and Florida.

Clinton's campaign, for its part, has warned supporters against complacency. Campaign manager Robby Mook wrote in a fundraising email Tuesday that the race was “far closer than it should be.”

Among voters under 35, Clinton's lead is wider, though many younger voters told pollsters they were considering a third-party candidate. Among white voters without a college degree, Trump leads by 19 points.
##
poll [[finds]] || [[new poll]] finds || Voters sour on both nominees as first debate nears || document
Poll [[finds]] || a new USA TODAY/Suffolk University Poll || a majority of Americans say they hold unfavorable views of both Hillary Clinton and Donald Trump || document
shows || The survey of 1,000 likely voters, taken Wednesday through Sunday || Clinton leading Trump 42% to 38% nationally, with Libertarian Gary Johnson at 8% and Green Party nominee Jill Stein at 3% || document
independents [[said]] || Two-thirds of independents || neither candidate was honest and trustworthy || anonymous
nearly half [[said]] || [[nearly half]] said || they might still change their minds before Election Day || anonymous
[[said]] Darlene Hutchins || Darlene Hutchins, 58, a retired schoolteacher from Tampa who took part in the survey || “I don't like either of them, honestly,” ++ “I'll probably vote for Clinton, but I'm not happy about it.” || named_person
Center, [[said]] || David Paleologos, director of Suffolk's Political Research Center || the results suggest the debates could matter more than usual this year || named_person
suggest || [[the results]] suggest || the debates could matter more than usual this year || document
persuaded,” he [[said]] || persuaded,” [[he]] said || “You have a big block of voters who are essentially waiting to be persuaded,” || named_person
The poll also [[found]] || [[The poll]] also found || economic anxiety remains high || document
respondents [[said]] || Some 56% of respondents || the country was on the wrong track || anonymous
plurality [[named]] || [[a plurality]] named || jobs and the economy as the most important issue facing the nation || anonymous
concluded || A Moody's Analytics study released this summer || Trump's proposals on trade and immigration would push the economy into recession || document
argued || conservative economists at the Tax Foundation || his tax cuts would spur growth || anonymous
surveys that [[show]] || [[other surveys]] that show || show [[a tighter race]]. || document
Conway [[told]] || campaign manager Kellyanne Conway || “The only poll that matters is on November 8,” || named_person
She [[said]] || [[She]] said || internal numbers show Trump gaining ground in Pennsylvania, Michigan and Florida || named_person
numbers [[show]] || [[internal numbers]] show || Trump gaining ground in Pennsylvania, Michigan and Florida || document
warned || Clinton's campaign || warned supporters [[against complacency]] || named_org
wrote || Campaign manager Robby Mook || the race was “far closer than it should be.” || named_person
voters [[told]] pollsters || many younger voters || they were considering a third-party candidate || anonymous

@@ c07
Cruz and Kasich join forces to stop Trump in three states

Sen. Ted Cruz and Ohio Gov. John Kasich announced late Sunday that they would coordinate their efforts in three upcoming primaries, an extraordinary bid to deny Donald Trump the 1,237 delegates he needs to clinch the Republican nomination before the convention in Cleveland.

Under the arrangement, Kasich's campaign will stop competing in Indiana, while Cruz will clear the field for the Ohio governor in Oregon and New Mexico, the campaigns said in nearly simultaneous statements.

"Having Donald Trump at the top of the ticket in November would be a sure disaster for Republicans," Cruz's campaign manager, Jeff Roe, said in his statement. Kasich strategist John Weaver said the Ohio governor would focus his "time and resources" on states where he was more competitive.

The pact marks a reversal for Kasich, who said as recently as last month that he would never coordinate with another candidate.

Trump responded within hours. In a pair of tweets, the real estate mogul called the deal "collusion" and "a sign of weakness," and he told supporters at a rally in Rhode Island on Monday that the two rivals were "mathematically dead."

"They can't win on their own, so they're teaming up," Trump said. "Pathetic."

Privately, some Republicans who have backed the stop-Trump effort questioned whether the pact came too late. A Cruz adviser who spoke on condition of anonymity to discuss strategy acknowledged that the campaign had hoped to reach a deal weeks ago, before Trump's lopsided victory in New York.

"We left a lot on the table," the adviser said.

Kasich, for his part, sounded less than committed at a diner stop in Philadelphia on Monday, telling reporters that the arrangement was "not a big deal" and that his supporters in Indiana were free to vote for him. "I've never told them not to vote for me," he said.

Some delegates remain skeptical that the strategy will work. Several Indiana delegates said in interviews that they expected Trump to win the state comfortably regardless of the deal.

A Fox News poll released last week found Trump leading in Indiana by 8 points, with Cruz in second and Kasich far behind. Cruz and his allies have argued that the numbers will tighten once voters there focus on the race.

The Republican National Committee, which has insisted it will remain neutral, declined to comment on the arrangement.
##
announced || Sen. Ted Cruz and Ohio Gov. John Kasich || they would coordinate their efforts in three upcoming primaries || named_person
the campaigns [[said]] || [[the campaigns]] said || Under the arrangement, Kasich's campaign will stop competing in Indiana, while Cruz will clear the field for the Ohio governor in Oregon and New Mexico || named_org
Roe, [[said]] || Cruz's campaign manager, Jeff Roe || "Having Donald Trump at the top of the ticket in November would be a sure disaster for Republicans," || named_person
Weaver [[said]] || Kasich strategist John Weaver || the Ohio governor would focus his "time and resources" on states where he was more competitive || named_person
who [[said]] as recently || reversal for [[Kasich]], who || he would never coordinate with another candidate || named_person
mogul [[called]] || [[the real estate mogul]] called || the deal "collusion" and "a sign of weakness," || named_person
and he [[told]] || and [[he]] told || the two rivals were "mathematically dead." || named_person
Trump [[said]]. "Pathetic || [[Trump]] said. "Pathetic || "They can't win on their own, so they're teaming up," ++ "Pathetic." || named_person
questioned || some Republicans who have backed the stop-Trump effort || whether the pact came too late || anonymous
acknowledged || A Cruz adviser who spoke on condition of anonymity to discuss strategy || the campaign had hoped to reach a deal weeks ago, before Trump's lopsided victory in New York || anonymous
hoped || that [[the campaign]] had hoped || to reach a deal weeks ago, before Trump's lopsided victory in New York || named_org
the adviser [[said]] || [[the adviser]] said || "We left a lot on the table," || anonymous
telling || [[Kasich]], for his part || the arrangement was "not a big deal" and that his supporters in Indiana were free to vote for him || named_person
me," he [[said]] || me," [[he]] said || "I've never told them not to vote for me," || named_person
skeptical || Some delegates || the strategy will work || anonymous
delegates [[said]] in interviews || Several Indiana delegates || they expected Trump to win the state comfortably regardless of the deal || anonymous
expected || [[they]] expected || Trump to win the state comfortably regardless of the deal || anonymous
found || A Fox News poll released last week || Trump leading in Indiana by 8 points, with Cruz in second and Kasich far behind || document
argued || Cruz and his allies || the numbers will tighten once voters there focus on the race || named_person
insisted || The Republican National Committee || it will remain neutral || named_org

@@ c08
Clinton zeroes in on Kaine as running mate decision nears

Hillary Clinton has all but settled on Virginia Sen. Tim Kaine as her running mate, according to two Democrats familiar with the search, though aides cautioned Wednesday that the former secretary of state had not made a final decision and could still surprise the party.

Clinton met with Kaine at her home in Washington last weekend, and the two spent several hours together, one of the Democrats said. The other described the meeting as “long and relaxed,” and said Clinton came away convinced that the Virginia senator would be ready to step into the presidency on day one.

Kaine, a former governor and Democratic National Committee chairman who speaks fluent Spanish, has long been viewed as the safe choice. Progressives have pushed for Massachusetts Sen. Elizabeth Warren or Labor Secretary Tom Perez, arguing that Clinton needs a partner who can energize supporters of Bernie Sanders.

“Picking Kaine would be a slap in the face to the people who powered the Sanders campaign,” said Charles Chamberlain, executive director of the progressive group Democracy for America. His group has warned that many young voters could stay home in November.

Clinton's campaign chairman, John Podesta, declined to discuss the search. But people close to Clinton say she values governing experience above all else and wants someone with whom she has personal chemistry.

“She's not picking a running mate to win a news cycle,” said a longtime friend who has spoken with her about the decision. “She's picking someone she trusts.”

Kaine himself has been coy. Asked by reporters on Capitol Hill on Tuesday whether he had been offered the job, the senator laughed and said he was “just a boring guy.” He added that he would be honored to serve “in any capacity.”

Agriculture Secretary Tom Vilsack and New Jersey Sen. Cory Booker also remain under consideration, campaign officials said. A Vilsack spokeswoman said the secretary had completed the vetting process but had not heard from the campaign since.

Republicans have already begun preparing attacks on Kaine. The RNC circulated a memo to reporters on Wednesday arguing that the Virginia senator's record as governor made him “a perfect fit for Clinton's crony politics.”

Clinton will announce her choice by text message to supporters before a rally in Miami on Saturday, a campaign official said.
##
according to || two Democrats familiar with the search || Hillary Clinton has all but settled on Virginia Sen. Tim Kaine as her running mate || anonymous
cautioned || [[aides]] cautioned || the former secretary of state had not made a final decision and could still surprise the party || anonymous
Democrats [[said]] || [[one of the Democrats]] said || Clinton met with Kaine at her home in Washington last weekend, and the two spent several hours together || anonymous
described || [[The other]] described || the meeting as “long and relaxed,” || anonymous
and [[said]] Clinton came || [[The other]] described || Clinton came away convinced that the Virginia senator would be ready to step into the presidency on day one || anonymous
convinced || said [[Clinton]] came away || the Virginia senator would be ready to step into the presidency on day one || named_person
viewed || - || Kaine, a former governor and Democratic National Committee chairman who speaks fluent Spanish ++ [[as the safe choice]]. Progressives || unknown
Perez, [[arguing]] || [[Progressives]] have pushed || Clinton needs a partner who can energize supporters of Bernie Sanders || anonymous
[[said]] Charles Chamberlain || Charles Chamberlain, executive director of the progressive group Democracy for America || “Picking Kaine would be a slap in the face to the people who powered the Sanders campaign,” || named_person
warned || His group || many young voters could stay home in November || named_org
Clinton [[say]] she || people close to Clinton || she values governing experience above all else and wants someone with whom she has personal chemistry || anonymous
wants || say [[she]] values || someone with whom she has personal chemistry || named_person
[[said]] a longtime friend || a longtime friend who has spoken with her about the decision || “She's not picking a running mate to win a news cycle,” ++ “She's picking someone she trusts.” || anonymous
laughed and [[said]] || [[the senator]] laughed || he was “just a boring guy.” || named_person
He [[added]] || [[He]] added || he would be honored to serve “in any capacity.” || named_person
officials [[said]] || campaign officials || Agriculture Secretary Tom Vilsack and New Jersey Sen. Cory Booker also remain under consideration || anonymous
spokeswoman [[said]] || A Vilsack spokeswoman || the secretary had completed the vetting process but had not heard from the campaign since || anonymous
[[arguing]] that the Virginia || [[a memo]] to reporters || the Virginia senator's record as governor made him “a perfect fit for Clinton's crony politics.” || document
official [[said]] || a campaign official || Clinton will announce her choice by text message to supporters before a rally in Miami on Saturday || anonymous
'''
DATA3 = r'''
@@ c09
Obama Administration Pushes Ahead With Syrian Refugee Plan Despite Security Warnings

The Obama administration is moving forward with its plan to admit at least 10,000 Syrian refugees this fiscal year, even as top security officials have warned Congress that the government cannot fully vet everyone coming from the war-torn country.

The State Department announced Tuesday that it had reached the 10,000 goal a month ahead of schedule. "This is a reflection of America's values and our leadership in the world," State Department spokesman John Kirby said.

But critics say the administration is ignoring warnings from its own officials. FBI Director James Comey told the House Homeland Security Committee last fall that the bureau could check its databases only for people who had already come to the attention of U.S. authorities. "If we don't know much about them, there won't be anything in our data," the FBI director said at the time.

Republicans in Congress have repeatedly voted to pause the program, arguing that the risks outweigh the humanitarian benefits. Rep. Michael McCaul of Texas, the committee's chairman, said in a statement Wednesday that the administration was "rolling the dice with American lives."

Donald Trump has made the issue a centerpiece of his campaign, warning that refugees could serve as a "Trojan horse" for terrorists. His running mate, Indiana Gov. Mike Pence, tried last year to block Syrian refugees from resettling in his state, a move a federal appeals court later struck down. Pence has said he does not regret the decision.

Evangelical leaders are split. Franklin Graham has urged Christians to support a pause in Muslim immigration, while many other evangelical leaders have argued that turning away refugees would betray the biblical command to welcome the stranger.

The White House insists the screening process is the most rigorous applied to any traveler entering the United States. Officials say it takes 18 to 24 months and involves multiple agencies, including the FBI and the Department of Homeland Security.

A former Department of Homeland Security official who asked not to be identified told Western Journalism that the system was "only as good as the information we get from overseas," and that in Syria, that information is often nonexistent. "We're relying on the honesty of the applicant in too many cases," the former official said.

A Pew Research Center survey released in September found that 54 percent of registered voters believe the refugee program poses a serious security risk.
##
warned || top security officials || the government cannot fully vet everyone coming from the war-torn country || anonymous
announced || The State Department || it had reached the 10,000 goal a month ahead of schedule || named_org
Kirby [[said]] || State Department spokesman John Kirby || "This is a reflection of America's values and our leadership in the world," || named_person
critics [[say]] || [[critics]] say || the administration is ignoring warnings from its own officials || anonymous
Comey [[told]] || FBI Director James Comey || the bureau could check its databases only for people who had already come to the attention of U.S. authorities || named_person
director [[said]] at the time || [[the FBI director]] said || "If we don't know much about them, there won't be anything in our data," || named_person
program, [[arguing]] || [[Republicans in Congress]] have || the risks outweigh the humanitarian benefits || named_org
chairman, [[said]] || Rep. Michael McCaul of Texas, the committee's chairman || the administration was "rolling the dice with American lives." || named_person
campaign, [[warning]] || [[Donald Trump]] has made || refugees could serve as a "Trojan horse" for terrorists || named_person
Pence has [[said]] || [[Pence]] has said || he does not regret the decision || named_person
urged || Franklin Graham || to support a pause in Muslim immigration || named_person
argued || many other evangelical leaders || turning away refugees would betray the biblical command to welcome the stranger || anonymous
insists || The White House || the screening process is the most rigorous applied to any traveler entering the United States || named_org
Officials [[say]] || [[Officials]] say || it takes 18 to 24 months and involves multiple agencies, including the FBI and the Department of Homeland Security || anonymous
identified [[told]] || A former Department of Homeland Security official who asked not to be identified || the system was "only as good as the information we get from overseas," and that in Syria, that information is often nonexistent || anonymous
former official [[said]] || [[the former official]] said || "We're relying on the honesty of the applicant in too many cases," || anonymous
September [[found]] || A Pew Research Center survey released in September || 54 percent of registered voters believe the refugee program poses a serious security risk || document

@@ c10
US officials say Russia likely behind DNC hack; Kremlin denies role

WASHINGTON (AP) — U.S. intelligence officials have concluded with growing confidence that hackers working for the Russian government broke into the computer systems of the Democratic National Committee, according to several officials briefed on the investigation.

The officials, who were not authorized to discuss the matter publicly and spoke on condition of anonymity, said the intrusions bore the hallmarks of two groups long associated with Russian intelligence services. They said the White House had not decided whether to publicly blame Moscow.

The Kremlin dismissed the accusations. “These allegations are absurd, and the Russian government had nothing to do with any of this,” Kremlin spokesman Dmitry Peskov told reporters in Moscow.

CrowdStrike, the cybersecurity firm the DNC hired to investigate the breach, said in June that it had found the intruders inside the committee's network for as long as a year. The company's co-founder, Dmitri Alperovitch, said Tuesday that the firm stood by its findings. The New York Times reported last week that the hackers had also gained access to a voter analytics program used by the Clinton campaign.

The hack became a political firestorm after WikiLeaks published nearly 20,000 internal DNC emails on the eve of the Democratic convention. Clinton campaign manager Robby Mook said on CNN's “State of the Union” that experts had told the campaign that Russia was releasing the emails “to tip the scales toward Donald Trump.”

Trump has mocked that suggestion. “Now the Democrats are blaming Russia for their own incompetence. Sad!” he wrote on Twitter. He has repeatedly praised Russian President Vladimir Putin and said he would consider recognizing Crimea as Russian territory. Those comments have been criticized by members of his own party as naive and dangerous.

Some Republicans have broken with their nominee on the issue. House Speaker Paul Ryan said in a statement that “Russia is not our friend” and that Putin “should keep his hands off our elections.”

Cybersecurity experts warn that the DNC breach may be only the beginning. A report released last week by ThreatConnect, a Virginia-based security firm, said the same group had targeted state election systems in Arizona and Illinois.

The FBI said in a statement only that it was investigating “a cyber intrusion involving the DNC.”
##
officials [[say]] Russia || [[US officials]] say || Russia likely behind DNC hack || anonymous
denies || ; [[Kremlin]] denies || denies [[role]] || named_org
according to || several officials briefed on the investigation || U.S. intelligence officials have concluded with growing confidence that hackers working for the Russian government broke into the computer systems of the Democratic National Committee || anonymous
concluded || [[U.S. intelligence officials]] have concluded || hackers working for the Russian government broke into the computer systems of the Democratic National Committee || anonymous
anonymity, [[said]] || The officials, who were not authorized to discuss the matter publicly and spoke on condition of anonymity || the intrusions bore the hallmarks of two groups long associated with Russian intelligence services || anonymous
They [[said]] || [[They]] said || the White House had not decided whether to publicly blame Moscow || anonymous
dismissed || The Kremlin || dismissed [[the accusations]]. || named_org
Peskov [[told]] || Kremlin spokesman Dmitry Peskov || “These allegations are absurd, and the Russian government had nothing to do with any of this,” || named_person
breach, [[said]] || CrowdStrike, the cybersecurity firm the DNC hired to investigate the breach || it had found the intruders inside the committee's network for as long as a year || named_org
Alperovitch, [[said]] || The company's co-founder, Dmitri Alperovitch || the firm stood by its findings || named_person
reported || The New York Times || the hackers had also gained access to a voter analytics program used by the Clinton campaign || media
Mook [[said]] || Clinton campaign manager Robby Mook || experts had told the campaign that Russia was releasing the emails “to tip the scales toward Donald Trump.” || named_person
experts had [[told]] || [[experts]] had told || Russia was releasing the emails “to tip the scales toward Donald Trump.” || anonymous
mocked || [[Trump]] has mocked || mocked [[that suggestion]]. || named_person
he [[wrote]] || Sad!” [[he]] wrote || “Now the Democrats are blaming Russia for their own incompetence. Sad!” || named_person
Putin and [[said]] || [[He]] has repeatedly || he would consider recognizing Crimea as Russian territory || named_person
criticized || members of his own party || Those comments ++ as naive and dangerous || anonymous
Ryan [[said]] || House Speaker Paul Ryan || “Russia is not our friend” and that Putin “should keep his hands off our elections.” || named_person
warn || Cybersecurity experts || the DNC breach may be only the beginning || anonymous
firm, [[said]] || A report released last week by ThreatConnect, a Virginia-based security firm || the same group had targeted state election systems in Arizona and Illinois || document
FBI [[said]] || [[The FBI]] said || it was investigating “a cyber intrusion involving the DNC.” || named_org

@@ c11
Super PAC Fund-Raiser Indicted in Straw-Donor Scheme, Prosecutors Say

A Republican fund-raiser who solicited money for a super PAC supporting Donald J. Trump was indicted on Thursday on charges that he used straw donors to funnel more than $300,000 in illegal contributions to the group, federal prosecutors in Manhattan said.

The fund-raiser, Gregory L. Vance, 47, of Greenwich, Conn., reimbursed at least a dozen friends, employees and relatives for donations they made in their own names to Secure Our Future PAC, the indictment says. Mr. Vance then told the PAC's treasurer that the money came from "new grass-roots donors," according to the indictment.

"Campaign finance laws exist so that voters know who is paying for our politics," Preet Bharara, the United States attorney in Manhattan, said in a statement. "Mr. Vance allegedly went to great lengths to hide the truth."

Mr. Vance's lawyer, Andrew Feld, said his client would plead not guilty and "looks forward to clearing his name." Mr. Feld said the donations at issue were made by "grown adults who made their own decisions."

There is no indication that the Trump campaign was aware of the scheme, and the indictment names no one at the campaign. A Trump spokeswoman, Hope Hicks, said the campaign had "no relationship whatsoever" with Mr. Vance or the PAC, which is legally barred from coordinating with the candidate.

Still, the case is likely to fuel criticism from watchdog groups, who have argued that the loosening of campaign finance rules after the Supreme Court's Citizens United decision invited exactly this kind of abuse. "This is what happens when you have unlimited money and no real enforcement," said Meredith Lang, a lawyer with the Campaign Legal Center.

According to the indictment, Mr. Vance sent text messages to two employees in March instructing them to write checks of $2,700 each and promising to "make you whole." One employee, identified in court papers only as Employee-1, later told investigators that Mr. Vance had handed him an envelope containing $5,400 in cash.

Prosecutors said the investigation was continuing. If convicted, Mr. Vance faces up to five years in prison on each count.
##
Prosecutors [[Say]] || [[Prosecutors]] Say || Super PAC Fund-Raiser Indicted in Straw-Donor Scheme || anonymous
Manhattan [[said]] || federal prosecutors in Manhattan || A Republican fund-raiser who solicited money for a super PAC supporting Donald J. Trump was indicted on Thursday on charges that he used straw donors to funnel more than $300,000 in illegal contributions to the group || anonymous
on [[charges]] that || - || he used straw donors to funnel more than $300,000 in illegal contributions to the group || unknown
indictment [[says]] || [[the indictment]] says || The fund-raiser, Gregory L. Vance, 47, of Greenwich, Conn., reimbursed at least a dozen friends, employees and relatives for donations they made in their own names to Secure Our Future PAC || document
[[according to]] the indictment || according to [[the indictment]] || Mr. Vance then told the PAC's treasurer that the money came from "new grass-roots donors," || document
then [[told]] || [[Mr. Vance]] then told || the money came from "new grass-roots donors," || named_person
Manhattan, [[said]] || Preet Bharara, the United States attorney in Manhattan || "Campaign finance laws exist so that voters know who is paying for our politics," ++ "Mr. Vance allegedly went to great lengths to hide the truth." || named_person
Feld, [[said]] || Mr. Vance's lawyer, Andrew Feld || his client would plead not guilty and "looks forward to clearing his name." || named_person
Mr. Feld [[said]] || [[Mr. Feld]] said || the donations at issue were made by "grown adults who made their own decisions." || named_person
Hicks, [[said]] || A Trump spokeswoman, Hope Hicks || the campaign had "no relationship whatsoever" with Mr. Vance or the PAC || named_person
argued || watchdog groups || the loosening of campaign finance rules after the Supreme Court's Citizens United decision invited exactly this kind of abuse || anonymous
[[said]] Meredith Lang || Meredith Lang, a lawyer with the Campaign Legal Center || "This is what happens when you have unlimited money and no real enforcement," || named_person
[[According to]] the indictment || According to [[the indictment]] || Mr. Vance sent text messages to two employees in March instructing them to write checks of $2,700 each and promising to "make you whole." || document
instructing || indictment, [[Mr. Vance]] sent || to write checks of $2,700 each || named_person
promising || indictment, [[Mr. Vance]] sent || to "make you whole." || named_person
later [[told]] || One employee, identified in court papers only as Employee-1 || Mr. Vance had handed him an envelope containing $5,400 in cash || anonymous
Prosecutors [[said]] || [[Prosecutors]] said || the investigation was continuing || anonymous

@@ c12
Pence's team bets on calm as VP debate approaches

Mike Pence has spent the past week holed up in a Wisconsin hotel conference room, sparring with a stand-in for Tim Kaine and reviewing binders on foreign policy, as his advisers try to prepare the Indiana governor for what they expect to be a relentless attack on Donald Trump's record.

Wisconsin Gov. Scott Walker, who has played Kaine in at least three mock debates, said the Virginia senator was “going to come in hot” and that Pence needed to avoid getting pulled into defending every one of Trump's comments.

“Mike's strength is that he's unflappable,” Walker said. “He doesn't take the bait.”

Pence's advisers believe the governor's low-key Midwestern manner will contrast favorably with Kaine, whom they describe as a partisan attack dog despite his genial reputation. One senior adviser, who requested anonymity to speak candidly about debate strategy, said the goal was to “make Tuesday night boring, in the best way.”

The adviser said Pence had studied videotape of Kaine's 2005 gubernatorial debates and his recent interviews, and had concluded that the Democrat tends to interrupt when he senses an opening.

A longtime friend of Pence's from his talk-radio days said the governor has been preparing for this kind of moment for years. “He was doing three hours a day of live radio,” the friend said. “He can handle a few curveballs.”

Kaine's camp, meanwhile, has signaled that it intends to hold Pence accountable for Trump's most controversial statements. Clinton's running mate told reporters in Richmond on Friday that he planned to ask Pence “again and again” whether he agreed with his running mate's remarks about women, immigrants and veterans.

“He's going to have to own it,” Kaine said. “Every word.”

A CNN/ORC poll released Sunday found that 53 percent of voters had no opinion of Pence or had never heard of him, a figure his advisers see as an opportunity.

Trump, who has not taken part in formal debate preparation himself, praised his running mate in a tweet Monday as “a man of great character.”
##
expect || what [[they]] expect || [[what]] they expect ++ to be a relentless attack on Donald Trump's record || anonymous
debates, [[said]] || Wisconsin Gov. Scott Walker, who has played Kaine in at least three mock debates || the Virginia senator was “going to come in hot” and that Pence needed to avoid getting pulled into defending every one of Trump's comments || named_person
Walker [[said]] || [[Walker]] said || “Mike's strength is that he's unflappable,” ++ “He doesn't take the bait.” || named_person
believe || Pence's advisers || the governor's low-key Midwestern manner will contrast favorably with Kaine || anonymous
describe || whom [[they]] describe || favorably with [[Kaine]], whom ++ as a partisan attack dog despite his genial reputation || anonymous
strategy, [[said]] || One senior adviser, who requested anonymity to speak candidly about debate strategy || the goal was to “make Tuesday night boring, in the best way.” || anonymous
The adviser [[said]] || [[The adviser]] said || Pence had studied videotape of Kaine's 2005 gubernatorial debates and his recent interviews, and had concluded that the Democrat tends to interrupt when he senses an opening || anonymous
concluded || said [[Pence]] had studied || the Democrat tends to interrupt when he senses an opening || named_person
days [[said]] || A longtime friend of Pence's from his talk-radio days || the governor has been preparing for this kind of moment for years || anonymous
friend [[said]] || [[the friend]] said || “He was doing three hours a day of live radio,” ++ “He can handle a few curveballs.” || anonymous
signaled || Kaine's camp || it intends to hold Pence accountable for Trump's most controversial statements || named_org
intends || [[it]] intends || to hold Pence accountable for Trump's most controversial statements || named_org
mate [[told]] || Clinton's running mate || he planned to ask Pence “again and again” whether he agreed with his running mate's remarks about women, immigrants and veterans || named_person
planned || [[he]] planned || to ask Pence “again and again” whether he agreed with his running mate's remarks about women, immigrants and veterans || named_person
Kaine [[said]] || [[Kaine]] said || “He's going to have to own it,” ++ “Every word.” || named_person
found || A CNN/ORC poll released Sunday || 53 percent of voters had no opinion of Pence or had never heard of him || document
advisers [[see]] || a figure [[his advisers]] see || [[a figure]] his ++ as an opportunity || anonymous
praised || Trump, who has not taken part in formal debate preparation himself || praised [[his running mate]] in a tweet ++ as “a man of great character.” || named_person
'''
DATA4 = r'''
@@ c13
Giuliani says Clinton 'too weak' for presidency, doubles down on health claims

Former New York City mayor Rudy Giuliani on Sunday repeated his suggestion that Hillary Clinton is hiding a serious health problem, telling CNN's Jake Tapper that the Democratic nominee "looks sick" and that voters deserve more information about her medical history.

"Watch her at those events and tell me she looks healthy," Giuliani said on "State of the Union." He insisted he was not making a diagnosis. "I'm just pointing out what anybody can see," the former mayor said.

Tapper pushed back, noting that Clinton's doctor, Lisa Bardack, released a letter last year describing her as "in good health and able to handle the rigors of the job." Giuliani replied that the letter was "two paragraphs" and "didn't tell us anything."

The Clinton campaign called the remarks "deplorable" and accused Trump's allies of peddling conspiracy theories from the fringes of the internet. "This is the kind of thing you used to find only in chain emails," campaign spokesman Brian Fallon said in a statement.

According to CNN, Trump himself has raised questions about Clinton's stamina at nearly every rally in recent weeks, telling supporters that she lacks "the energy to do the job."

Medical experts said the speculation was baseless. Dr. Helen Kostas, a neurologist at Johns Hopkins University, told USA TODAY that diagnosing a candidate from video clips was "irresponsible and unethical."

Some Republicans have privately urged Trump's surrogates to drop the subject, fearing it could backfire with women and older voters. One GOP strategist who works on Senate races said the health attacks "make us look desperate." Another, a former adviser to Mitt Romney, said the issue was a "distraction from the stuff that actually works, like the emails."

A Washington Post-ABC News poll this month found that 35 percent of voters had concerns about Clinton's health, compared with 22 percent for Trump.
##
Giuliani [[says]] || [[Giuliani]] says || Clinton 'too weak' for presidency || named_person
suggestion || repeated [[his]] suggestion || Hillary Clinton is hiding a serious health problem || named_person
[[telling]] CNN's || Former New York City mayor Rudy Giuliani || the Democratic nominee "looks sick" and that voters deserve more information about her medical history || named_person
Giuliani [[said]] on || [[Giuliani]] said on || "Watch her at those events and tell me she looks healthy," || named_person
insisted || [[He]] insisted || he was not making a diagnosis || named_person
mayor [[said]] || [[the former mayor]] said || "I'm just pointing out what anybody can see," || named_person
noting || [[Tapper]] pushed back || Clinton's doctor, Lisa Bardack, released a letter last year describing her as "in good health and able to handle the rigors of the job." || named_person
describing || released [[a letter]] last year || her as "in good health and able to handle the rigors of the job." || document
replied || [[Giuliani]] replied || the letter was "two paragraphs" and "didn't tell us anything." || named_person
campaign [[called]] || The Clinton campaign || the remarks "deplorable" || named_org
accused || The Clinton campaign || Trump's allies of peddling conspiracy theories from the fringes of the internet || named_org
Fallon [[said]] || campaign spokesman Brian Fallon || "This is the kind of thing you used to find only in chain emails," || named_person
According to || According to [[CNN]] || Trump himself has raised questions about Clinton's stamina at nearly every rally in recent weeks, telling supporters that she lacks "the energy to do the job." || media
weeks, [[telling]] || [[Trump himself]] || she lacks "the energy to do the job." || named_person
experts [[said]] || Medical experts || the speculation was baseless || anonymous
University, [[told]] || Dr. Helen Kostas, a neurologist at Johns Hopkins University || diagnosing a candidate from video clips was "irresponsible and unethical." || named_person
urged || Some Republicans || to drop the subject || anonymous
fearing || Some Republicans || it could backfire with women and older voters || anonymous
races [[said]] || One GOP strategist who works on Senate races || the health attacks "make us look desperate." || anonymous
Romney, [[said]] || Another, a former adviser to Mitt Romney || the issue was a "distraction from the stuff that actually works, like the emails." || anonymous
found || A Washington Post-ABC News poll this month || 35 percent of voters had concerns about Clinton's health, compared with 22 percent for Trump || document

@@ c14
Trump Campaign Scrambles After Times Reports Nearly $1 Billion Loss

Donald Trump's campaign spent Sunday trying to contain the fallout from a New York Times report that the Republican nominee declared a $916 million loss on his 1995 income tax returns, a deduction so large it could have allowed him to avoid paying federal income taxes for up to 18 years.

The Times said it had received three pages of the returns in the mail from an anonymous sender. The documents show the loss but do not indicate whether Trump continued to avoid taxes in later years.

Appearing on ABC's “This Week,” Trump's campaign manager, Kellyanne Conway, said the report showed that the real estate mogul was “a genius” at navigating the tax code. “He has used the laws of this country to his advantage, as any smart businessman would,” she said.

Former New York Mayor Rudy Giuliani went further on CNN, calling Trump “an absolute genius” and arguing that the loss demonstrated how much the businessman had overcome.

Trump himself addressed the story only on Twitter, writing early Sunday that he had done “what every builder in New York does, only better.” A tweet posted Sunday night on the campaign's official account called the story “a desperate smear by the failing New York Times.”

Democrats pounced. Hillary Clinton, campaigning in Ohio, told reporters that the story raised “very serious questions” and renewed her call for Trump to release his returns.

Her running mate, Tim Kaine, was blunter. “He's been paying nothing while soldiers and teachers pay their fair share,” Kaine said at a rally in Virginia.

Some Trump supporters shrugged. “Everybody uses the loopholes,” said Carl Brenner, a retired machinist who attended a Trump rally in Manheim, Pennsylvania, on Saturday. “I'd do the same thing if I had his lawyers.”

Tax experts said the maneuver, while not illegal, was an aggressive one that is no longer available to most real estate investors. “This is the kind of loss that only a handful of people in the country can generate,” said one tax lawyer who has represented real estate developers, speaking on condition of anonymity because his firm has clients with business before the Trump Organization.

A HuffPost/YouGov poll conducted before the report found that 62 percent of Americans believe Trump should release his tax returns, including 41 percent of Republicans.
##
Reports || [[Times]] Reports || Nearly $1 Billion Loss || media
Times [[report]] that || a [[New York Times]] report || the Republican nominee declared a $916 million loss on his 1995 income tax returns || media
The Times [[said]] || [[The Times]] said || it had received three pages of the returns in the mail from an anonymous sender || media
documents [[show]] || The documents || show [[the loss]] but || document
Conway, [[said]] || Trump's campaign manager, Kellyanne Conway || the report showed that the real estate mogul was “a genius” at navigating the tax code || named_person
showed || said [[the report]] showed || the real estate mogul was “a genius” at navigating the tax code || media
she [[said]] || would,” [[she]] said || “He has used the laws of this country to his advantage, as any smart businessman would,” || named_person
calling || Former New York Mayor Rudy Giuliani || Trump “an absolute genius” || named_person
arguing || Former New York Mayor Rudy Giuliani || the loss demonstrated how much the businessman had overcome || named_person
writing || [[Trump himself]] addressed || he had done “what every builder in New York does, only better.” || named_person
account [[called]] || A tweet posted Sunday night on the campaign's official account || the story “a desperate smear by the failing New York Times.” || document
Ohio, [[told]] || [[Hillary Clinton]], campaigning || the story raised “very serious questions” || named_person
her [[call]] || renewed [[her]] call || for Trump to release his returns || named_person
Kaine [[said]] || [[Kaine]] said || “He's been paying nothing while soldiers and teachers pay their fair share,” || named_person
[[said]] Carl Brenner || Carl Brenner, a retired machinist who attended a Trump rally in Manheim, Pennsylvania, on Saturday || “Everybody uses the loopholes,” ++ “I'd do the same thing if I had his lawyers.” || named_person
Tax experts [[said]] || Tax experts || the maneuver, while not illegal, was an aggressive one that is no longer available to most real estate investors || anonymous
[[said]] one tax lawyer || one tax lawyer who has represented real estate developers, speaking on condition of anonymity because his firm has clients with business before the Trump Organization || “This is the kind of loss that only a handful of people in the country can generate,” || anonymous
report [[found]] || A HuffPost/YouGov poll conducted before the report || 62 percent of Americans believe Trump should release his tax returns, including 41 percent of Republicans || document

@@ c15
Biden makes blue-collar pitch in Pennsylvania as union voters waver

SCRANTON, Pa. -- Vice President Biden returned to his hometown on Monday to make the case that Donald Trump has spent his career "looking out for number one," an argument Democrats hope will stem the Republican nominee's gains among white union members in the state.

"This guy doesn't have a clue about the middle class," Biden told a crowd of about 1,500 at a high school gymnasium, his voice rising. "Not a clue. He's never paid a price for anything in his life."

The vice president, who has been dispatched by the Clinton campaign to working-class towns across Pennsylvania, Ohio and Wisconsin, also mocked Trump's claim that he would bring back coal and steel jobs. "He says he's going to make America great again," Biden said. "Great for whom?"

Polls show Clinton leading narrowly in Pennsylvania, but union leaders say many of their members are drawn to Trump's message on trade. A survey commissioned by the AFL-CIO last month found that nearly four in 10 union households in the state favored the Republican.

"I've got guys on my crew who've voted Democrat their whole lives and they're wearing Trump hats," said Joe Marchetti, a business agent for a local pipefitters union who attended the rally. Marchetti said he planned to vote for Clinton but worried she had not spent enough time in the region.

Many Democrats in the state share that concern. A Pennsylvania Democratic official who spoke on the condition of anonymity because he was not authorized to criticize the campaign said Clinton's team had been slow to open offices in the northeastern counties. "Biden is great, but he can't be everywhere," the official said.

Clinton campaign officials dispute that characterization, noting that they have more than 50 offices in Pennsylvania and have been airing ads in the Scranton and Wilkes-Barre media markets since June. Campaign spokeswoman Jennifer Palmieri said the vice president's visit reflected "how seriously we take every vote in Pennsylvania."

A new Clinton ad airing in the Scranton market says Trump "stiffed" hundreds of small contractors who worked on his casinos in Atlantic City. Trump's campaign, for its part, released a statement calling Biden "a Washington insider who has done nothing for Scranton in 40 years."
##
make the case || Vice President Biden || Donald Trump has spent his career "looking out for number one," || named_person
hope || argument [[Democrats]] hope || [[an argument]] Democrats ++ will stem the Republican nominee's gains among white union members in the state || named_org
Biden [[told]] || [[Biden]] told || "This guy doesn't have a clue about the middle class," ++ "Not a clue. He's never paid a price for anything in his life." || named_person
mocked || The vice president, who has been dispatched by the Clinton campaign to working-class towns across Pennsylvania, Ohio and Wisconsin || Trump's claim that he would bring back coal and steel jobs || named_person
claim || mocked [[Trump]]'s claim || he would bring back coal and steel jobs || named_person
Biden [[said]] || [[Biden]] said || "He says he's going to make America great again," ++ "Great for whom?" || named_person
Polls [[show]] || [[Polls]] show || Clinton leading narrowly in Pennsylvania || document
leaders [[say]] || union leaders || many of their members are drawn to Trump's message on trade || anonymous
month [[found]] || A survey commissioned by the AFL-CIO last month || nearly four in 10 union households in the state favored the Republican || document
[[said]] Joe Marchetti || Joe Marchetti, a business agent for a local pipefitters union who attended the rally || "I've got guys on my crew who've voted Democrat their whole lives and they're wearing Trump hats," || named_person
Marchetti [[said]] he || [[Marchetti]] said he || he planned to vote for Clinton but worried she had not spent enough time in the region || named_person
planned || said [[he]] planned || to vote for Clinton || named_person
worried || said [[he]] planned || she had not spent enough time in the region || named_person
share || Many Democrats in the state || share [[that concern]]. || anonymous
campaign [[said]] Clinton's || A Pennsylvania Democratic official who spoke on the condition of anonymity because he was not authorized to criticize the campaign || Clinton's team had been slow to open offices in the northeastern counties || anonymous
the official [[said]] || [[the official]] said || "Biden is great, but he can't be everywhere," || anonymous
dispute || Clinton campaign officials || dispute [[that characterization]], || anonymous
noting || Clinton campaign officials || they have more than 50 offices in Pennsylvania and have been airing ads in the Scranton and Wilkes-Barre media markets since June || anonymous
Palmieri [[said]] || Campaign spokeswoman Jennifer Palmieri || the vice president's visit reflected "how seriously we take every vote in Pennsylvania." || named_person
market [[says]] || A new Clinton ad airing in the Scranton market || Trump "stiffed" hundreds of small contractors who worked on his casinos in Atlantic City || document
calling || [[a statement]] calling || Biden "a Washington insider who has done nothing for Scranton in 40 years." || document

@@ c16
McConnell allies grow anxious over Senate majority as Trump slumps

Senate Majority Leader Mitch McConnell has told Republican donors in recent days that the party's hold on the chamber is in serious jeopardy, according to two people who attended a private fundraising dinner in New York last week.

The Kentucky Republican warned that as many as seven GOP seats could be lost if Donald Trump continues to slide in national polls, one of the attendees said. The other said McConnell described the races in New Hampshire, Pennsylvania and North Carolina as “coin flips.”

A spokesman for McConnell, Don Stewart, said the leader “has always said this would be a close fight” and remained confident that Republicans would keep their majority.

Insiders say the anxiety is most acute among Republican senators running in states Trump is likely to lose. Sen. Kelly Ayotte of New Hampshire said in a debate last week that she would not vote for Trump, reversing her earlier position, and Sen. Pat Toomey of Pennsylvania, who is widely seen as the most endangered Republican incumbent, has refused to say whether he will.

A person briefed on the Senate Leadership Fund's internal polling said the super PAC, which is aligned with McConnell, has shifted money away from Ohio, where Sen. Rob Portman holds a comfortable lead, and into Missouri and Indiana. Another person familiar with the group's plans said it was considering pulling out of Florida entirely because Sen. Marco Rubio appeared safe. A Politico review of Federal Election Commission filings found that the group had reserved more than $30 million in fall advertising.

Conservative activists, meanwhile, blame McConnell for the party's troubles. “The establishment spent two years attacking Trump and now they're shocked that the base is demoralized,” said Jenny Beth Martin, co-founder of Tea Party Patriots. Many Trump supporters believe party leaders are quietly hoping he loses, she added.

McConnell has largely avoided talking about the nominee. Asked at a news conference Tuesday whether Trump was hurting Senate candidates, he said only that “every race is different” and that Republican incumbents had “run terrific campaigns.”

Democrats need a net gain of four seats to win control if Clinton wins the White House, since her running mate would break ties. Senate Minority Leader Harry Reid, who is retiring, predicted Tuesday that Democrats would pick up “at least five.”
##
according to || two people who attended a private fundraising dinner in New York last week || Senate Majority Leader Mitch McConnell has told Republican donors in recent days that the party's hold on the chamber is in serious jeopardy || anonymous
McConnell has [[told]] || Senate Majority Leader Mitch McConnell || the party's hold on the chamber is in serious jeopardy || named_person
attendees [[said]] || [[one of the attendees]] said || The Kentucky Republican warned that as many as seven GOP seats could be lost if Donald Trump continues to slide in national polls || anonymous
warned || [[The Kentucky Republican]] warned || as many as seven GOP seats could be lost if Donald Trump continues to slide in national polls || named_person
The other [[said]] || [[The other]] said || McConnell described the races in New Hampshire, Pennsylvania and North Carolina as “coin flips.” || anonymous
described || said [[McConnell]] described || the races in New Hampshire, Pennsylvania and North Carolina as “coin flips.” || named_person
Stewart, [[said]] || A spokesman for McConnell, Don Stewart || the leader “has always said this would be a close fight” and remained confident that Republicans would keep their majority || named_person
confident || said [[the leader]] || Republicans would keep their majority || named_person
Insiders [[say]] || [[Insiders]] say || the anxiety is most acute among Republican senators running in states Trump is likely to lose || anonymous
Hampshire [[said]] || Sen. Kelly Ayotte of New Hampshire || she would not vote for Trump || named_person
seen || - || Sen. Pat Toomey of Pennsylvania ++ [[as the most endangered Republican incumbent]], has || unknown
polling [[said]] || A person briefed on the Senate Leadership Fund's internal polling || the super PAC, which is aligned with McConnell, has shifted money away from Ohio, where Sen. Rob Portman holds a comfortable lead, and into Missouri and Indiana || anonymous
plans [[said]] || Another person familiar with the group's plans || it was considering pulling out of Florida entirely because Sen. Marco Rubio appeared safe || anonymous
filings [[found]] || A Politico review of Federal Election Commission filings || the group had reserved more than $30 million in fall advertising || media
blame || Conservative activists || McConnell for the party's troubles || anonymous
[[said]] Jenny Beth Martin || Jenny Beth Martin, co-founder of Tea Party Patriots || “The establishment spent two years attacking Trump and now they're shocked that the base is demoralized,” || named_person
she [[added]] || [[she]] added || Many Trump supporters believe party leaders are quietly hoping he loses || named_person
believe || Many Trump supporters || party leaders are quietly hoping he loses || anonymous
hoping || [[party leaders]] are || he loses || anonymous
he [[said]] only || [[he]] said only || “every race is different” and that Republican incumbents had “run terrific campaigns.” || named_person
predicted || Senate Minority Leader Harry Reid, who is retiring || Democrats would pick up “at least five.” || named_person
'''

CURLY = {"c02", "c04", "c06", "c08", "c10", "c12", "c14", "c16"}

def records() -> list[dict]:
    """The articles with their attributions, checked."""
    out, errs = build(DATA1 + DATA2 + DATA3 + DATA4, CURLY)
    if errs:
        raise ValueError("\n".join(errs))
    ids = [d["doc_id"] for d in out]
    if ids != [f"c{i:02d}" for i in range(1, 17)]:
        raise ValueError(f"article ids: {ids}")
    for d in out:
        d["split"] = "blind"
        for a in d["attributions"]:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is not None and d["text"][sp["start"]:sp["end"]] != sp["text"]:
                    raise ValueError(f"{d['doc_id']}: {k} span does not match its text")
    return out


def main(argv: list[str] | None = None) -> int:
    return write_or_check(records(), HERE / "blind3.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
