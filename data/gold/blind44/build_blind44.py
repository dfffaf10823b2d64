#!/usr/bin/env python3
"""Build ``blind44.jsonl``: the forty-fourth batch of blind test articles (session 17).

12 invented rally, town-hall and door-knocking scenes (named voters, unnamed voters and their
relatives, volunteers, candidates), each with 15-19 attributions, written and annotated by a
helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind44/build_blind44.py [--check]`` (``--check``: exit 1 if
blind44.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind44: 12 invented 2016-style political news articles
(rally, town-hall and door-knocking scenes) with hand-annotated attributions.

All text is invented for this set. Offsets are COMPUTED from the text, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE is "-" when the article gives no source (null).
  * CONTENT with several fragments: FRAG1 ++ FRAG2 (each later fragment is
    the first occurrence after the previous fragment).
  * Any span may be written TEXT@@CONTEXT: CONTEXT must occur exactly once in
    the article and TEXT exactly once inside it.
  * Without @@: the content (first fragment) must be unique in the article;
    the cue is the occurrence (whole-word match, not inside the content) nearest
    to the content; the source is the occurrence (whole-word, not inside content
    or cue) nearest to the cue. A tie is an error.
  * TYPE: NP=named_person, ORG=named_org, MED=media, DOC=document,
    ANON=anonymous, UNK=unknown.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"NP": "named_person", "ORG": "named_org", "MED": "media",
         "DOC": "document", "ANON": "anonymous", "UNK": "unknown"}

ARTICLES = []  # (doc_id, text, annotation block)

# ---------------------------------------------------------------- w01 (straight quotes)
W01 = '''In Canton, a Packed Arena Hears Trump's Pitch on Trade

CANTON, Ohio -- Hours before Donald J. Trump took the stage at the Civic Center here on Tuesday night, the line outside stretched past the parking garage and around the corner of a shuttered bank.

Gary Wilhelm, 58, a retired tool-and-die maker from Massillon, said he had arrived at 9 a.m. to be sure of a seat near the front. "I worked 31 years at a plant that isn't there anymore," he said. "Nobody in Washington ever came to ask us why."

Standing beside him, a woman in a red cap who declined to give her name said she had voted for Barack Obama twice. She said she had given up on both parties until Mr. Trump came along. "He talks like my brother talks," she said.

Inside, Mr. Trump spoke for nearly an hour, returning again and again to trade. He told the crowd that the North American Free Trade Agreement had "gutted" towns like Canton, and he promised to renegotiate the pact in his first week in office. "We are going to bring the jobs back, folks, believe me," he said.

When he turned to Hillary Clinton, the crowd chanted "Lock her up!" and he let it go on for nearly half a minute.

A man near the press pen, who declined to give his name because he works for a county agency, said he had never been to a political rally before. His daughter, a nursing student who came with him, said she was still making up her mind. "I like that he says what he thinks," she said, "but some of it scares me."

Hope Hicks, a spokeswoman for the Trump campaign, said more than 9,000 people had attended and thousands more had been turned away at the doors. The Canton fire marshal's office put the figure closer to 6,500, according to The Canton Repository.

The numbers matter here. A Quinnipiac University poll released last week showed Mr. Trump and Mrs. Clinton essentially tied in Ohio, a state no Republican has lost on the way to the White House.

Outside, about two dozen protesters stood behind a police barricade across the street. Maya, 24, a graduate student at Kent State who asked that only her first name be used because she feared harassment online, said she had come to show that not everyone in Stark County was with Mr. Trump. "They want someone to blame," she said. "I get it. I just don't accept it."

Mr. Wilhelm, for his part, thinks the protesters have it backward. "They should come inside and listen for once," he said.'''

A01 = '''
said || Gary Wilhelm, 58, a retired tool-and-die maker from Massillon || he had arrived at 9 a.m. to be sure of a seat near the front || NP
said || he || "I worked 31 years at a plant that isn't there anymore," ++ "Nobody in Washington ever came to ask us why." || NP
said || a woman in a red cap who declined to give her name || she had voted for Barack Obama twice || ANON
said || She || she had given up on both parties until Mr. Trump came along || ANON
said || she || "He talks like my brother talks," || ANON
told || He || the North American Free Trade Agreement had "gutted" towns like Canton || NP
promised || he || to renegotiate the pact in his first week in office || NP
said || he || "We are going to bring the jobs back, folks, believe me," || NP
chanted || the crowd || "Lock her up!" || ANON
said || A man near the press pen, who declined to give his name because he works for a county agency || he had never been to a political rally before || ANON
said || His daughter, a nursing student who came with him || she was still making up her mind || ANON
said || she || "I like that he says what he thinks," ++ "but some of it scares me." || ANON
said || Hope Hicks, a spokeswoman for the Trump campaign || more than 9,000 people had attended and thousands more had been turned away at the doors || NP
according to || The Canton Repository || The Canton fire marshal's office put the figure closer to 6,500 || MED
showed || A Quinnipiac University poll released last week || Mr. Trump and Mrs. Clinton essentially tied in Ohio, a state no Republican has lost on the way to the White House || DOC
said || Maya, 24, a graduate student at Kent State who asked that only her first name be used because she feared harassment online || she had come to show that not everyone in Stark County was with Mr. Trump || NP
said || she || "They want someone to blame," ++ "I get it. I just don't accept it." || NP
thinks || Mr. Wilhelm || the protesters have it backward || NP
said || he || "They should come inside and listen for once," || NP
'''
ARTICLES.append(("w01", W01, A01))

# ---------------------------------------------------------------- w02 (straight quotes)
W02 = '''Clinton Volunteers Work the Doors in Bucks County, One Porch at a Time

LEVITTOWN, Pa. -- The first door Sharon Kessler knocked on Saturday morning was opened by a man in a bathrobe who listened for about 10 seconds before closing it again.

"That's actually not bad," said Ms. Kessler, 63, a retired schoolteacher who has volunteered for the Clinton campaign since June. "Some of them don't open the door at all."

Ms. Kessler and her canvassing partner, Jamal Reyes, 29, a paralegal from Bristol, were among roughly 400 volunteers who fanned out across Bucks County over the weekend, according to the campaign's Pennsylvania office.

The pitch is simple. Mr. Reyes said volunteers are trained to ask three questions: whether the resident plans to vote, whether he or she supports Hillary Clinton, and whether anyone in the house needs a ride to the polls. He said the hardest part was not the slammed doors but the people who say they are not voting at all.

On Elm Lane, a woman who answered with a toddler on her hip said she liked Mrs. Clinton but still worried about the emails. She gave only her first name, Denise, because her husband is a registered Republican. "He'd never let me hear the end of it," she said. Her husband, who came to the door a moment later, said he was "leaning Trump, probably."

The Clinton campaign says its volunteers have knocked on more than 1.2 million doors in Pennsylvania since Labor Day. Trump campaign officials have argued that such numbers overstate the value of traditional canvassing in a year when their candidate has drawn enormous crowds.

"Doors don't vote. People vote," said David Urban, a senior adviser to the Trump campaign in Pennsylvania.

At a brick duplex on Magnolia Drive, an older man in a Phillies jersey told the pair that he had not decided and might skip the presidential race entirely. "They're both a disgrace," he said, before turning back to the football game on television. His wife, a retired nurse, said she would vote for Mrs. Clinton. "Don't listen to him," she said. "He'll vote."

Back in the car, Ms. Kessler scrolled through her list of addresses. A Franklin & Marshall College poll released this week found Mrs. Clinton ahead by six points in Pennsylvania, but Ms. Kessler said she had stopped trusting polls during the primaries. "I trust doors," she said.

Mr. Reyes, who is volunteering for the first time, believes the race here will come down to a few thousand voters in places like Levittown, where the union halls once delivered reliably for Democrats.'''

A02 = '''
said || Ms. Kessler, 63, a retired schoolteacher who has volunteered for the Clinton campaign since June || "That's actually not bad," ++ "Some of them don't open the door at all." || NP
according to || the campaign's Pennsylvania office || Ms. Kessler and her canvassing partner, Jamal Reyes, 29, a paralegal from Bristol, were among roughly 400 volunteers who fanned out across Bucks County over the weekend || ORG
said || Mr. Reyes || volunteers are trained to ask three questions: whether the resident plans to vote, whether he or she supports Hillary Clinton, and whether anyone in the house needs a ride to the polls || NP
said || He || the hardest part was not the slammed doors but the people who say they are not voting at all || NP
said || a woman who answered with a toddler on her hip || she liked Mrs. Clinton but still worried about the emails || NP
said || she || "He'd never let me hear the end of it," || NP
said || Her husband, who came to the door a moment later || he was "leaning Trump, probably." || ANON
says || The Clinton campaign || its volunteers have knocked on more than 1.2 million doors in Pennsylvania since Labor Day || ORG
have argued || Trump campaign officials || such numbers overstate the value of traditional canvassing in a year when their candidate has drawn enormous crowds || ANON
said || David Urban, a senior adviser to the Trump campaign in Pennsylvania || "Doors don't vote. People vote," || NP
told || an older man in a Phillies jersey || he had not decided and might skip the presidential race entirely || ANON
said || he || "They're both a disgrace," || ANON
said || His wife, a retired nurse || she would vote for Mrs. Clinton || ANON
said || she || "Don't listen to him," ++ "He'll vote." || ANON
found || A Franklin & Marshall College poll released this week || Mrs. Clinton ahead by six points in Pennsylvania || DOC
said || Ms. Kessler || she had stopped trusting polls during the primaries || NP
said || she || "I trust doors," || NP
believes || Mr. Reyes, who is volunteering for the first time || the race here will come down to a few thousand voters in places like Levittown, where the union halls once delivered reliably for Democrats || NP
'''
ARTICLES.append(("w02", W02, A02))

# ---------------------------------------------------------------- w03 (straight quotes)
W03 = '''Sanders Draws Students, and Some of Their Parents, to a Frigid Night in Iowa City

IOWA CITY -- The line for Bernie Sanders's rally at the University of Iowa field house on Sunday began forming before noon, and by 6 p.m. it wound through two parking lots in temperatures that hovered near 10 degrees.

Kaylee Morris, 20, a sophomore studying nursing, said she had signed up to caucus for the first time. "My loans are already more than my mom makes in a year," she said. "He's the only one talking about that."

Her mother, Lisa Morris, 49, who drove in from Cedar Rapids, said she was still torn between Mr. Sanders and Hillary Clinton. She worries that Mr. Sanders cannot win in November.

Mr. Sanders spoke for about 50 minutes. He told the crowd that the economy was "rigged" to benefit the top one percent and that a political revolution would begin in Iowa on Feb. 1. "When the turnout is high, we win," he said. "When the turnout is low, we lose."

Marcus Bell, 34, a precinct captain from Coralville who spent the afternoon working the line with a clipboard, said the campaign had signed up more than 300 new caucusgoers at the event.

Brian Fallon, a spokesman for Mrs. Clinton, said she had "the most detailed plan of any candidate" to make college affordable. A Des Moines Register/Bloomberg Politics poll released last week found the two Democrats separated by three percentage points among likely caucusgoers, within the margin of error.

Near the back of the room, a corn and soybean farmer from outside Tipton said he was there mostly out of curiosity. He declined to give his name, saying he did not want his neighbors to know he had come. "I voted for Ron Paul last time," he said. "This guy's not that different if you squint."

A friend who came with him, a retired mail carrier, said she was caucusing for Mr. Sanders and had been working on him for months.

Jeff Weaver, the Sanders campaign manager, told reporters after the rally that the campaign expected record turnout among voters under 30. The Des Moines Register reported Saturday that the Sanders campaign had opened its 26th field office in the state.

As the rally ended, the elder Ms. Morris said her daughter had "mostly won the argument." "I'm leaning Bernie," she said. "Don't tell my sister."'''

A03 = '''
said || Kaylee Morris, 20, a sophomore studying nursing || she had signed up to caucus for the first time || NP
said || she || "My loans are already more than my mom makes in a year," ++ "He's the only one talking about that." || NP
said || Her mother, Lisa Morris, 49, who drove in from Cedar Rapids || she was still torn between Mr. Sanders and Hillary Clinton || NP
worries || She || Mr. Sanders cannot win in November || NP
told || He || the economy was "rigged" to benefit the top one percent and that a political revolution would begin in Iowa on Feb. 1 || NP
said || he || "When the turnout is high, we win," ++ "When the turnout is low, we lose." || NP
said || Marcus Bell, 34, a precinct captain from Coralville who spent the afternoon working the line with a clipboard || the campaign had signed up more than 300 new caucusgoers at the event || NP
said || Brian Fallon, a spokesman for Mrs. Clinton || she had "the most detailed plan of any candidate" to make college affordable || NP
found || A Des Moines Register/Bloomberg Politics poll released last week || the two Democrats separated by three percentage points among likely caucusgoers, within the margin of error || DOC
said || a corn and soybean farmer from outside Tipton || he was there mostly out of curiosity || ANON
saying || He || he did not want his neighbors to know he had come || ANON
said || he || "I voted for Ron Paul last time," ++ "This guy's not that different if you squint." || ANON
said || A friend who came with him, a retired mail carrier || she was caucusing for Mr. Sanders and had been working on him for months || ANON
told || Jeff Weaver, the Sanders campaign manager || the campaign expected record turnout among voters under 30 || NP
reported || The Des Moines Register || the Sanders campaign had opened its 26th field office in the state || MED
said || the elder Ms. Morris || her daughter had "mostly won the argument." || NP
said || she || "I'm leaning Bernie," ++ "Don't tell my sister." || NP
'''
ARTICLES.append(("w03", W03, A03))

# ---------------------------------------------------------------- w04 (straight quotes)
W04 = '''At a Wisconsin Pizza Parlor, Cruz Takes Questions and Some Heat

WAUKESHA, Wis. -- Senator Ted Cruz of Texas stood on a chair at the back of a pizza restaurant here on Saturday afternoon, a microphone in one hand, and took questions for nearly an hour from a lunch crowd of about 200.

The first question came from Tom Brandt, 66, a retired dairy equipment salesman. He asked how Mr. Cruz planned to stop Donald J. Trump if neither man arrived at the convention in Cleveland with a majority of delegates.

The senator said the answer was simple: win Wisconsin. "If we win here on Tuesday, this becomes a two-man race with one clear path," he said. Mr. Brandt said afterward that he was mostly satisfied with the answer.

Not everyone was. A woman near the salad bar, who gave only her first name, Janet, because she works for the county, said Mr. Cruz had been "no friend of the dairy farmer" in the Senate. Mr. Cruz replied that he had opposed subsidies for large agribusiness, not for family farms. "He gives a good answer," she said. "He always gives a good answer."

Alice Stewart, a spokeswoman for the Cruz campaign, said the senator would hold 11 events in Wisconsin before Tuesday. Gov. Scott Walker has said he believes Mr. Cruz is the only Republican who can defeat Mr. Trump.

A Marquette Law School poll released Wednesday showed Mr. Cruz leading Mr. Trump by 10 points among likely Republican primary voters in the state. The Trump campaign said the poll was an outlier. At a rally in Janesville on Friday, Mr. Trump told supporters that Mr. Cruz was "a puppet" of the party establishment.

At a corner table, a couple from Pewaukee who asked not to be named said they had voted for Mr. Walker in all three of his races for governor. The husband, a machinist, said he would vote for Mr. Cruz. His wife said she was leaning toward Gov. John Kasich of Ohio. "I like that he doesn't yell," she said.

Outside, a handful of volunteers in red Cruz T-shirts handed out yard signs and bumper stickers to people leaving the restaurant, and a line of cars backed up onto the frontage road.

Leaving through the kitchen, Mr. Cruz told reporters he was "very encouraged" by the crowd.'''

A04 = '''
asked || He || how Mr. Cruz planned to stop Donald J. Trump if neither man arrived at the convention in Cleveland with a majority of delegates || NP
said || The senator || the answer was simple: win Wisconsin || NP
said || he || "If we win here on Tuesday, this becomes a two-man race with one clear path," || NP
said || Mr. Brandt || he was mostly satisfied with the answer || NP
said || A woman near the salad bar, who gave only her first name, Janet, because she works for the county || Mr. Cruz had been "no friend of the dairy farmer" in the Senate || NP
replied || Mr. Cruz || he had opposed subsidies for large agribusiness, not for family farms || NP
said || she || "He gives a good answer," ++ "He always gives a good answer." || NP
said || Alice Stewart, a spokeswoman for the Cruz campaign || the senator would hold 11 events in Wisconsin before Tuesday || NP
has said || Gov. Scott Walker || he believes Mr. Cruz is the only Republican who can defeat Mr. Trump || NP
showed || A Marquette Law School poll released Wednesday || Mr. Cruz leading Mr. Trump by 10 points among likely Republican primary voters in the state || DOC
said || The Trump campaign || the poll was an outlier || ORG
told || Mr. Trump || Mr. Cruz was "a puppet" of the party establishment || NP
said || a couple from Pewaukee who asked not to be named || they had voted for Mr. Walker in all three of his races for governor || ANON
said || The husband, a machinist || he would vote for Mr. Cruz || ANON
said || His wife || she was leaning toward Gov. John Kasich of Ohio || ANON
said || she || "I like that he doesn't yell," || ANON
told || Mr. Cruz || he was "very encouraged" by the crowd || NP
'''
ARTICLES.append(("w04", W04, A04))

# ---------------------------------------------------------------- w05 (straight quotes)
W05 = '''After a Rough Debate, Rubio Faces New Hampshire Voters Up Close

LONDONDERRY, N.H. -- Two days after a rocky debate performance, Senator Marco Rubio of Florida stood before a packed middle school cafeteria here on Monday and took questions for more than an hour.

Ellen Pratt, 71, a retired librarian from Derry, said she had come to find out whether the debate was "a fluke or a pattern."

Mr. Rubio did not mention the debate directly. He told the audience that the election would decide "which direction this country goes for a generation." He said he was the only candidate in either party who could unite the country behind a conservative agenda.

One questioner, a college student who gave his name only as Tyler because he works for a state legislator, asked Mr. Rubio whether he would support a path to citizenship for undocumented immigrants.

"First, we have to secure the border, and people have to believe it's secure," Mr. Rubio said. "Then we can have a conversation about the rest."

Tyler said afterward that the answer sounded "a lot like what he said in 2013."

Samantha Smith, a spokeswoman for Gov. Chris Christie of New Jersey, said the debate had shown voters that Mr. Rubio was "not ready." A Rubio adviser, who spoke on the condition of anonymity to discuss internal polling, said the campaign's numbers had not moved since Saturday night.

A CNN/WMUR poll released Sunday found Mr. Rubio locked in a close race for second place with Gov. John Kasich of Ohio, far behind Donald J. Trump. The Boston Globe reported Monday that the Rubio campaign had added two more events on Tuesday, the eve of the primary.

A man in a Bruins jacket near the exit, who would not give his name, said he had come in undecided and was leaving undecided. "He's a good talker," he said. "That's kind of the problem." His wife said she was voting for Mr. Kasich no matter what.

Ms. Pratt lingered to shake Mr. Rubio's hand. Afterward she said she had made up her mind. "He was thoughtful, he was funny, he knew the details," she said. "The other night was just a bad night."'''

A05 = '''
said || Ellen Pratt, 71, a retired librarian from Derry || she had come to find out whether the debate was "a fluke or a pattern." || NP
told || He || the election would decide "which direction this country goes for a generation." || NP
said || He || he was the only candidate in either party who could unite the country behind a conservative agenda || NP
asked || One questioner, a college student who gave his name only as Tyler because he works for a state legislator || whether he would support a path to citizenship for undocumented immigrants || NP
said || Mr. Rubio || "First, we have to secure the border, and people have to believe it's secure," ++ "Then we can have a conversation about the rest." || NP
said || Tyler || the answer sounded "a lot like what he said in 2013." || NP
said || Samantha Smith, a spokeswoman for Gov. Chris Christie of New Jersey || the debate had shown voters that Mr. Rubio was "not ready." || NP
said || A Rubio adviser, who spoke on the condition of anonymity to discuss internal polling || the campaign's numbers had not moved since Saturday night || ANON
found || A CNN/WMUR poll released Sunday || Mr. Rubio locked in a close race for second place with Gov. John Kasich of Ohio, far behind Donald J. Trump || DOC
reported || The Boston Globe || the Rubio campaign had added two more events on Tuesday, the eve of the primary || MED
said || A man in a Bruins jacket near the exit, who would not give his name || he had come in undecided and was leaving undecided || ANON
said || he || "He's a good talker," ++ "That's kind of the problem." || ANON
said || His wife || she was voting for Mr. Kasich no matter what || ANON
said || she || she had made up her mind || NP
said || she || "He was thoughtful, he was funny, he knew the details," ++ "The other night was just a bad night." || NP
'''
ARTICLES.append(("w05", W05, A05))

# ---------------------------------------------------------------- w06 (straight quotes)
W06 = '''Kaine, Switching Between English and Spanish, Works a Charlotte Crowd

CHARLOTTE, N.C. -- Senator Tim Kaine of Virginia, Hillary Clinton's running mate, moved easily between English and Spanish on Thursday as he spoke to about 600 people in the gymnasium of a community college here on the second day of early voting in North Carolina.

"Early voting is not early anymore; it's just voting," Mr. Kaine said, drawing laughter. "If you wait until Nov. 8, you've waited too long."

He also said Donald J. Trump had "insulted just about everybody in this room." The line brought a group of nursing students near the front to their feet.

Rosa Delgado, 44, a home health aide who became a citizen in 2012, said she had already voted that morning. "I brought my mother, my sister and my neighbor," she said. Her neighbor, a retired cafeteria worker who asked that her name not be used, said she had voted for Mitt Romney in 2012 and was voting for Mrs. Clinton this time.

One of the nursing students, a 22-year-old who gave only his first name, Andre, said he had not planned to vote until a volunteer knocked on his dorm room door last week. "She kept coming back," he said. "So I figured, fine."

Outside, volunteers with clipboards signed up people to knock on doors over the weekend. Derrick Owens, 37, a field organizer for the Clinton campaign in Mecklenburg County, said the campaign had more than 30 offices in the state. He said turnout among black voters in the first days of early voting had been lower than in 2012.

Democratic officials in the state have worried for weeks that cuts to early voting sites in some counties would depress turnout. Figures released by the State Board of Elections showed more than 500,000 ballots had been cast statewide by Wednesday night.

Ashley Dorsey, a spokeswoman for the North Carolina Republican Party, said Mr. Kaine was "reading from the same tired script" as his running mate. Gov. Mike Pence of Indiana, Mr. Trump's running mate, told a crowd in Wilmington on Wednesday that North Carolina was "Trump country."

An Elon University poll released Monday showed the race essentially tied.

Ms. Delgado believes the Latino vote in Charlotte is "bigger than anybody thinks."'''

A06 = '''
said || Mr. Kaine || "Early voting is not early anymore; it's just voting," ++ "If you wait until Nov. 8, you've waited too long." || NP
said || He || Donald J. Trump had "insulted just about everybody in this room." || NP
said || Rosa Delgado, 44, a home health aide who became a citizen in 2012 || she had already voted that morning || NP
said || she || "I brought my mother, my sister and my neighbor," || NP
said || Her neighbor, a retired cafeteria worker who asked that her name not be used || she had voted for Mitt Romney in 2012 and was voting for Mrs. Clinton this time || ANON
said || One of the nursing students, a 22-year-old who gave only his first name, Andre || he had not planned to vote until a volunteer knocked on his dorm room door last week || NP
said || he || "She kept coming back," ++ "So I figured, fine." || NP
said || Derrick Owens, 37, a field organizer for the Clinton campaign in Mecklenburg County || the campaign had more than 30 offices in the state || NP
said || He || turnout among black voters in the first days of early voting had been lower than in 2012 || NP
have worried || Democratic officials in the state || cuts to early voting sites in some counties would depress turnout || ANON
showed || Figures released by the State Board of Elections || more than 500,000 ballots had been cast statewide by Wednesday night || DOC
said || Ashley Dorsey, a spokeswoman for the North Carolina Republican Party || Mr. Kaine was "reading from the same tired script" as his running mate || NP
told || Gov. Mike Pence of Indiana, Mr. Trump's running mate || North Carolina was "Trump country." || NP
showed || An Elon University poll released Monday || the race essentially tied || DOC
believes || Ms. Delgado || the Latino vote in Charlotte is "bigger than anybody thinks." || NP
'''
ARTICLES.append(("w06", W06, A06))

# ---------------------------------------------------------------- w07 (curly quotes)
W07 = '''Pence, in Michigan, Takes Questions About the Tape From a Wary Crowd

GRAND RAPIDS, Mich. — Gov. Mike Pence of Indiana had barely finished his opening remarks at a town-hall-style event here on Tuesday when the first question turned to the recording that has upended the Republican ticket for more than a week.

Carol Vander Meer, 67, a retired church secretary from Holland, stood up and asked him how she was supposed to explain the comments to her grandchildren.

Mr. Pence said the words on the tape were “indefensible” and that Donald J. Trump had apologized for them. “I’m a man of faith, and I believe in grace,” he said. “He has shown real contrition.”

Ms. Vander Meer said afterward that the answer was “fine, as far as it goes.” Her husband, who sat beside her with his arms folded, said he had already decided to leave the top of the ballot blank. “I’m not voting for her, and I’m not voting for him,” he said.

A man in the back row shouted that Hillary Clinton was worse, and much of the room applauded.

Outside the hall, Jake Hoekstra, 19, a Calvin College student who has knocked on doors for the Trump campaign since August, said the tape had not changed much in the neighborhoods he canvasses. Most people, he said, had made up their minds long ago.

A friend who canvasses with him, a sophomore who asked that her name not be used because her parents are Democrats, said she had stopped wearing her Trump button on campus. “People look at you like you’re a monster,” she said.

Marc Lotter, a spokesman for Mr. Pence, said the governor would hold three more town halls in Michigan and Pennsylvania this week. The Detroit Free Press reported on Monday that several Republican county chairmen in western Michigan had privately urged Mr. Trump to step aside.

An EPIC-MRA poll released last week showed Mrs. Clinton ahead by 11 points in the state. A statement from the Michigan Democratic Party said Mr. Pence had “spent 45 minutes defending the indefensible.”

Leaving the hall, Mr. Pence told reporters he was confident Michigan was “in play.”'''

A07 = '''
asked || Carol Vander Meer, 67, a retired church secretary from Holland || how she was supposed to explain the comments to her grandchildren || NP
said || Mr. Pence || the words on the tape were “indefensible” and that Donald J. Trump had apologized for them || NP
said || he || “I’m a man of faith, and I believe in grace,” ++ “He has shown real contrition.” || NP
said || Ms. Vander Meer || the answer was “fine, as far as it goes.” || NP
said || Her husband, who sat beside her with his arms folded || he had already decided to leave the top of the ballot blank || ANON
said || he || “I’m not voting for her, and I’m not voting for him,” || ANON
shouted || A man in the back row || Hillary Clinton was worse || ANON
said || Jake Hoekstra, 19, a Calvin College student who has knocked on doors for the Trump campaign since August || the tape had not changed much in the neighborhoods he canvasses || NP
said || he || Most people ++ had made up their minds long ago || NP
said || A friend who canvasses with him, a sophomore who asked that her name not be used because her parents are Democrats || she had stopped wearing her Trump button on campus || ANON
said || she || “People look at you like you’re a monster,” || ANON
said || Marc Lotter, a spokesman for Mr. Pence || the governor would hold three more town halls in Michigan and Pennsylvania this week || NP
reported || The Detroit Free Press || several Republican county chairmen in western Michigan had privately urged Mr. Trump to step aside || MED
showed || An EPIC-MRA poll released last week || Mrs. Clinton ahead by 11 points in the state || DOC
said || A statement from the Michigan Democratic Party || Mr. Pence had “spent 45 minutes defending the indefensible.” || DOC
told || Mr. Pence || he was confident Michigan was “in play.” || NP
'''
ARTICLES.append(("w07", W07, A07))

# ---------------------------------------------------------------- w08 (curly quotes)
W08 = '''Republican Canvassers Carry a Tablet and a Script, Not Always a Trump Sign

BEDFORD, N.H. — According to the list on Kristen Albert’s tablet, the voter at 14 Meadow Lane was a 52-year-old unaffiliated woman who had voted in each of the last three general elections.

The woman who opened the door on Saturday said she was voting for Donald J. Trump but did not want a yard sign. “My neighbors would key my car,” she said. She declined to give her name for the same reason.

Ms. Albert, 34, a mother of three who volunteers four afternoons a week for the Republican National Committee, said answers like that were common in Bedford, an affluent town where Mr. Trump lost the February primary to Gov. John Kasich of Ohio.

The committee says it has trained more than 2,000 volunteers in New Hampshire since the spring, and that its canvassers have knocked on 600,000 doors in the state. Reince Priebus, the party’s chairman, told reporters in Washington last week that the committee’s field operation would make up for the Trump campaign’s thin staff in battleground states.

Some Republican strategists are less sure. They argue that canvassing works only when volunteers can speak about the candidate with conviction. “You can’t script enthusiasm,” said Mike Dennehy, a New Hampshire Republican consultant who advised Senator John McCain’s presidential campaigns.

At the next house, a man in a fleece vest listened to Ms. Albert’s pitch and then said he had voted for Mitt Romney but would probably vote for Gary Johnson, the Libertarian, this time. “I can’t do it,” he said. “I just can’t.”

His son, a high school senior who turns 18 next week, said he planned to vote for Mr. Trump. “Somebody in this house has to,” he said.

Back on the sidewalk, Ms. Albert said she did not argue with voters like the father. She tapped the screen and moved on to the next address.

The Clinton campaign has 22 offices in New Hampshire, according to its state director, Mike Vlacich. A WBUR poll conducted by the MassINC Polling Group found Mrs. Clinton leading by three points among likely voters in the state. Politico reported on Monday that the R.N.C. had shifted dozens of paid staff members from safely Republican states to New Hampshire and Pennsylvania.'''

A08 = '''
According to || the list on Kristen Albert’s tablet || the voter at 14 Meadow Lane was a 52-year-old unaffiliated woman who had voted in each of the last three general elections || DOC
said || The woman who opened the door on Saturday || she was voting for Donald J. Trump but did not want a yard sign || ANON
said || she || “My neighbors would key my car,” || ANON
said || Ms. Albert, 34, a mother of three who volunteers four afternoons a week for the Republican National Committee || answers like that were common in Bedford, an affluent town where Mr. Trump lost the February primary to Gov. John Kasich of Ohio || NP
says || The committee || it has trained more than 2,000 volunteers in New Hampshire since the spring, and that its canvassers have knocked on 600,000 doors in the state || ORG
told || Reince Priebus, the party’s chairman || the committee’s field operation would make up for the Trump campaign’s thin staff in battleground states || NP
argue || They || canvassing works only when volunteers can speak about the candidate with conviction || ANON
said || Mike Dennehy, a New Hampshire Republican consultant who advised Senator John McCain’s presidential campaigns || “You can’t script enthusiasm,” || NP
said || a man in a fleece vest || he had voted for Mitt Romney but would probably vote for Gary Johnson, the Libertarian, this time || ANON
said || he || “I can’t do it,” ++ “I just can’t.” || ANON
said || His son, a high school senior who turns 18 next week || he planned to vote for Mr. Trump || ANON
said || he || “Somebody in this house has to,” || ANON
said || Ms. Albert || she did not argue with voters like the father || NP
according to || its state director, Mike Vlacich || The Clinton campaign has 22 offices in New Hampshire || NP
found || A WBUR poll conducted by the MassINC Polling Group || Mrs. Clinton leading by three points among likely voters in the state || DOC
reported || Politico || the R.N.C. had shifted dozens of paid staff members from safely Republican states to New Hampshire and Pennsylvania || MED
'''
ARTICLES.append(("w08", W08, A08))

# ---------------------------------------------------------------- w09 (curly quotes)
W09 = '''Obama, Back on the Stump in Orlando, Makes His Closing Case for Clinton

ORLANDO, Fla. — President Obama told thousands of students at the University of Central Florida on Friday that everything he had accomplished in eight years in office was “on the ballot.”

“I’m not on the ballot, but fairness is on the ballot, decency is on the ballot,” Mr. Obama said. “Democracy itself is on the ballot.”

He said Donald J. Trump was “uniquely unqualified” to be president.

The rally, held on a warm afternoon on the campus intramural fields, was Mr. Obama’s third stop in Florida in two weeks. Students had lined up since dawn, and the gates were closed an hour before he arrived.

When a man in the upper bleachers began shouting and waving a Trump sign, the crowd booed. Mr. Obama waved the crowd quiet. “Don’t boo,” he said. “Vote.”

The man, who was escorted out by security, declined to give his name. Outside the arena, he told a reporter he was “sick of being lectured.”

Ana Rivera, 19, a freshman from Kissimmee whose parents moved from Puerto Rico in 2005, said she would cast her first vote on Saturday. Her friend, who came with her from their dormitory, said she had already voted by mail. “We made a pact,” Ms. Rivera said.

James Whitfield, 72, a retired Air Force mechanic and a registered Republican, said he had voted for Mrs. Clinton last week, the first Democrat he had ever supported for president. He thinks Mr. Trump “doesn’t respect the people who serve.”

The White House said the president would campaign in North Carolina and Michigan before Election Day. Josh Earnest, the White House press secretary, told reporters aboard Air Force One that Mr. Obama was “doing everything he can” to help Mrs. Clinton.

Jason Miller, a spokesman for the Trump campaign, said Mr. Obama was “campaigning to protect his own legacy, not the American people.”

The Orlando Sentinel reported this week that more than 40,000 ballots had been cast at early voting sites in Orange County, a record. Data from the Florida Division of Elections showed Democrats narrowly ahead of Republicans in early and absentee ballots cast statewide. Republicans have argued that their voters tend to turn out on Election Day itself.'''

A09 = '''
told || President Obama || everything he had accomplished in eight years in office was “on the ballot.” || NP
said || Mr. Obama || “I’m not on the ballot, but fairness is on the ballot, decency is on the ballot,” ++ “Democracy itself is on the ballot.” || NP
said || He || Donald J. Trump was “uniquely unqualified” to be president || NP
said || he || “Don’t boo,” ++ “Vote.” || NP
told || he || he was “sick of being lectured.” || ANON
said || Ana Rivera, 19, a freshman from Kissimmee whose parents moved from Puerto Rico in 2005 || she would cast her first vote on Saturday || NP
said || Her friend, who came with her from their dormitory || she had already voted by mail || ANON
said || Ms. Rivera || “We made a pact,” || NP
said || James Whitfield, 72, a retired Air Force mechanic and a registered Republican || he had voted for Mrs. Clinton last week, the first Democrat he had ever supported for president || NP
thinks || He || Mr. Trump “doesn’t respect the people who serve.” || NP
said || The White House || the president would campaign in North Carolina and Michigan before Election Day || ORG
told || Josh Earnest, the White House press secretary || Mr. Obama was “doing everything he can” to help Mrs. Clinton || NP
said || Jason Miller, a spokesman for the Trump campaign || Mr. Obama was “campaigning to protect his own legacy, not the American people.” || NP
reported || The Orlando Sentinel || more than 40,000 ballots had been cast at early voting sites in Orange County, a record || MED
showed || Data from the Florida Division of Elections || Democrats narrowly ahead of Republicans in early and absentee ballots cast statewide || DOC
have argued || Republicans || their voters tend to turn out on Election Day itself || ORG
'''
ARTICLES.append(("w09", W09, A09))

# ---------------------------------------------------------------- w10 (curly quotes)
W10 = '''At Something Like His 90th Town Hall, Kasich Still Hears Something New

PLAISTOW, N.H. — Gov. John Kasich of Ohio has held so many town-hall meetings in New Hampshire that his aides say they have lost count. Thursday night’s, in the basement of a Congregational church here, was about the 90th, according to the campaign.

The first question came from a nurse from Salem who would give only her first name, Donna, because of a hospital policy on speaking to reporters. She asked what Mr. Kasich would do about the heroin epidemic. Two of her patients had died of overdoses in the last month, she said.

Mr. Kasich, whose own state has been hit hard by opioid deaths, walked down from the stage and stood beside her. “I’m sorry for what you’re going through,” he said. “We’re going to fix this, but we’re going to fix it together.”

Afterward, Donna said she had been leaning toward Senator Marco Rubio but would now “seriously think about” Mr. Kasich.

A man seated behind her, who declined to give his name because he is a state employee, said he liked Mr. Kasich but doubted he could survive the South Carolina primary. “Nice guy,” he said. “Wrong year.”

Donna’s friend, who drove with her from Salem, said she had already made up her mind and would vote for Senator Bernie Sanders in the Democratic primary. “I just came for the company,” she said.

Several people in the audience said they had come to see more than one candidate this week. It was announced on Friday that Mr. Kasich would return to Plaistow for a final rally on the eve of the primary. New Hampshire’s independent voters, who can choose either party’s ballot, are famous for shopping late.

John Weaver, Mr. Kasich’s chief strategist, told reporters that the campaign was counting on a strong second-place finish here. The Concord Monitor reported last week that Mr. Kasich had spent more days in the state than any other Republican candidate.

A Monmouth University poll released Tuesday found Mr. Kasich in second place, well behind Donald J. Trump. At a rally in Portsmouth on Wednesday, Mr. Trump said Mr. Kasich had been “a disaster” on trade when he was in Congress.'''

A10 = '''
say || his aides || they have lost count || ANON
according to || the campaign || Thursday night’s, in the basement of a Congregational church here, was about the 90th || ORG
asked || She || what Mr. Kasich would do about the heroin epidemic || NP
said || she || Two of her patients had died of overdoses in the last month || NP
said || he || “I’m sorry for what you’re going through,” ++ “We’re going to fix this, but we’re going to fix it together.” || NP
said || Donna || she had been leaning toward Senator Marco Rubio but would now “seriously think about” Mr. Kasich || NP
said || A man seated behind her, who declined to give his name because he is a state employee || he liked Mr. Kasich but doubted he could survive the South Carolina primary || ANON
said || he || “Nice guy,” ++ “Wrong year.” || ANON
said || Donna’s friend, who drove with her from Salem || she had already made up her mind and would vote for Senator Bernie Sanders in the Democratic primary || ANON
said || she || “I just came for the company,” || ANON
said || Several people in the audience || they had come to see more than one candidate this week || ANON
was announced || - || Mr. Kasich would return to Plaistow for a final rally on the eve of the primary || UNK
told || John Weaver, Mr. Kasich’s chief strategist || the campaign was counting on a strong second-place finish here || NP
reported || The Concord Monitor || Mr. Kasich had spent more days in the state than any other Republican candidate || MED
found || A Monmouth University poll released Tuesday || Mr. Kasich in second place, well behind Donald J. Trump || DOC
said || Mr. Trump || Mr. Kasich had been “a disaster” on trade when he was in Congress || NP
'''
ARTICLES.append(("w10", W10, A10))

# ---------------------------------------------------------------- w11 (curly quotes)
W11 = '''In Las Vegas Apartment Complexes, Sanders Volunteers Chase Caucusgoers

LAS VEGAS — The two volunteers had been knocking on doors at the Sierra Vista apartments for nearly three hours on Wednesday when Luis Ortega finally found someone at home who had heard of the Nevada caucuses.

“Most people think it’s like a primary, that you just show up and vote,” said Mr. Ortega, 26, a line cook at a Strip casino who took two days off work to canvass for Senator Bernie Sanders. “You have to explain the whole thing from the beginning.”

The woman who answered, a housekeeper in her 50s who asked that her name not be used because she did not want her employer to know her politics, said she liked Mr. Sanders but had never caucused. She spoke in Spanish.

Her daughter, a community college student who translated for her, said her mother worried she would lose a shift if she took Saturday afternoon off. Mr. Ortega told them there would be a caucus site at her casino, one of several set up on the Strip for shift workers.

The Sanders campaign says it has opened 11 field offices in Nevada, and aides say the senator’s support among Latino voters has grown quickly since January.

Emmy Ruiz, Mrs. Clinton’s Nevada state director, said the Clinton campaign had been organizing in the state since last spring and had “a real relationship” with Latino community leaders.

The Culinary Workers Union, which represents 57,000 hotel and casino workers, has not endorsed a candidate but said this week that it would help members get to caucus sites.

The Las Vegas Review-Journal reported Tuesday that the state Democratic Party was recruiting additional volunteers to run precinct caucuses. A CNN/ORC poll of likely Democratic caucusgoers released this week showed the race within a single point.

Mr. Ortega’s partner for the day, Becca Lindholm, 31, a teacher who flew in from Minneapolis, said she had knocked on about 120 doors. “Maybe 20 people talked to us,” she said. “That’s a good day.”

At the last door of the afternoon, a man holding a baby said he was voting for Mrs. Clinton because “she’s been through the fire.” He would not give his name. His wife said she was for Mr. Sanders. “We’ll cancel each other out,” he said.'''

A11 = '''
said || Mr. Ortega, 26, a line cook at a Strip casino who took two days off work to canvass for Senator Bernie Sanders || “Most people think it’s like a primary, that you just show up and vote,” ++ “You have to explain the whole thing from the beginning.” || NP
said || The woman who answered, a housekeeper in her 50s who asked that her name not be used because she did not want her employer to know her politics || she liked Mr. Sanders but had never caucused || ANON
said || Her daughter, a community college student who translated for her || her mother worried she would lose a shift if she took Saturday afternoon off || ANON
told || Mr. Ortega || there would be a caucus site at her casino, one of several set up on the Strip for shift workers || NP
says || The Sanders campaign || it has opened 11 field offices in Nevada || ORG
say || aides || the senator’s support among Latino voters has grown quickly since January || ANON
said || Emmy Ruiz, Mrs. Clinton’s Nevada state director || the Clinton campaign had been organizing in the state since last spring and had “a real relationship” with Latino community leaders || NP
said || The Culinary Workers Union, which represents 57,000 hotel and casino workers || it would help members get to caucus sites || ORG
reported || The Las Vegas Review-Journal || the state Democratic Party was recruiting additional volunteers to run precinct caucuses || MED
showed || A CNN/ORC poll of likely Democratic caucusgoers released this week || the race within a single point || DOC
said || Mr. Ortega’s partner for the day, Becca Lindholm, 31, a teacher who flew in from Minneapolis || she had knocked on about 120 doors || NP
said || she || “Maybe 20 people talked to us,” ++ “That’s a good day.” || NP
said || a man holding a baby || he was voting for Mrs. Clinton because “she’s been through the fire.” || ANON
said || His wife || she was for Mr. Sanders || ANON
said || he || “We’ll cancel each other out,” || ANON
'''
ARTICLES.append(("w11", W11, A11))

# ---------------------------------------------------------------- w12 (curly quotes)
W12 = '''In Arizona, Clinton Courts a State Democrats Have Not Won in 20 Years

TEMPE, Ariz. — Hillary Clinton drew more than 15,000 people to an outdoor rally at Arizona State University on Wednesday night, the largest crowd of her campaign, according to the university’s police department.

Mrs. Clinton said she had come to Arizona because “a lot of people told us not to bother.” “Well, here we are,” she said, to cheers.

She did not mention the F.B.I. director, James B. Comey, whose letter to Congress last week about newly discovered emails has unsettled the race. Her aides said they had seen no erosion in her support among Latino voters in the state since the letter.

Mrs. Clinton’s campaign believes the state’s fast-growing Latino population could make Arizona competitive for the first time since 1996. Brian Fallon, her campaign spokesman, told reporters on the flight from Las Vegas that the campaign had added $2 million in television advertising in the state.

Gabriela Soto, 23, who came to the United States from Mexico as a child and cannot vote, said she had spent the past month knocking on doors in Maryvale, a heavily Latino neighborhood in west Phoenix. “I can’t vote, so I make sure ten other people do,” she said.

Her cousin, a 30-year-old warehouse worker who asked that only his first name, Rafael, be used, said he had voted for the first time last week. “She dragged me,” he said, pointing at Ms. Soto.

A spokeswoman for the Arizona Republican Party, who spoke on condition of anonymity because she was not authorized to comment on campaign strategy, said Republicans were confident the state would stay red. An Arizona Republic poll released Sunday showed Mr. Trump ahead by one point, within the margin of error. The Washington Post reported on Tuesday that the Clinton campaign had also begun polling in Texas and Georgia.

At the edge of the crowd stood an older couple from Mesa, both lifelong Republicans, who declined to give their names. The husband said he had voted for Mrs. Clinton by mail. “I served with John McCain’s generation,” he said. “That man is not one of us.” His wife said she had left the presidential line blank. “I couldn’t do it,” she said.'''

A12 = '''
according to || the university’s police department || Hillary Clinton drew more than 15,000 people to an outdoor rally at Arizona State University on Wednesday night, the largest crowd of her campaign || ORG
said || Mrs. Clinton || she had come to Arizona because “a lot of people told us not to bother.” || NP
said || she || “Well, here we are,” || NP
said || Her aides || they had seen no erosion in her support among Latino voters in the state since the letter || ANON
believes || Mrs. Clinton’s campaign || the state’s fast-growing Latino population could make Arizona competitive for the first time since 1996 || ORG
told || Brian Fallon, her campaign spokesman || the campaign had added $2 million in television advertising in the state || NP
said || Gabriela Soto, 23, who came to the United States from Mexico as a child and cannot vote || she had spent the past month knocking on doors in Maryvale, a heavily Latino neighborhood in west Phoenix || NP
said || she || “I can’t vote, so I make sure ten other people do,” || NP
said || Her cousin, a 30-year-old warehouse worker who asked that only his first name, Rafael, be used || he had voted for the first time last week || NP
said || he || “She dragged me,” || NP
said || A spokeswoman for the Arizona Republican Party, who spoke on condition of anonymity because she was not authorized to comment on campaign strategy || Republicans were confident the state would stay red || ANON
showed || An Arizona Republic poll released Sunday || Mr. Trump ahead by one point, within the margin of error || DOC
reported || The Washington Post || the Clinton campaign had also begun polling in Texas and Georgia || MED
said || The husband || he had voted for Mrs. Clinton by mail || ANON
said || he || “I served with John McCain’s generation,” ++ “That man is not one of us.” || ANON
said || His wife || she had left the presidential line blank || ANON
said || she || “I couldn’t do it,” || ANON
'''
ARTICLES.append(("w12", W12, A12))


# ================================================================ machinery
CURLY = "“”‘’"


def _isword(ch):
    return ch.isalnum()


def find_all(text, s, lo=0, hi=None):
    """Whole-word occurrences of s in text[lo:hi] (absolute offsets)."""
    if hi is None:
        hi = len(text)
    out = []
    i = text.find(s, lo, hi)
    while i != -1:
        j = i + len(s)
        ok = True
        if _isword(s[0]) and i > 0 and _isword(text[i - 1]):
            ok = False
        if _isword(s[-1]) and j < len(text) and _isword(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1, hi)
    return out


def locate_with_context(text, spec):
    s, ctx = spec.split("@@", 1)
    n = text.count(ctx)
    assert n == 1, f"context {ctx!r} occurs {n} times"
    c0 = text.find(ctx)
    occ = find_all(text, s, c0, c0 + len(ctx))
    assert len(occ) == 1, f"{s!r} occurs {len(occ)} times in context {ctx!r}"
    return occ[0], occ[0] + len(s)


def gap(a, b):
    return max(a[0] - b[1], b[0] - a[1], 0)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def nearest(text, s, anchors, exclude, what):
    cands = [(i, i + len(s)) for i in find_all(text, s)]
    cands = [c for c in cands if not any(overlaps(c, e) for e in exclude)]
    assert cands, f"no candidate for {what} {s!r}"
    scored = sorted((min(gap(c, a) for a in anchors), c) for c in cands)
    if len(scored) > 1:
        assert scored[0][0] != scored[1][0], f"tie for {what} {s!r}"
    return scored[0][1]


def span(text, se):
    s, e = se
    return {"start": s, "end": e, "text": text[s:e]}


def parse_block(block):
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"bad line: {line!r}"
        rows.append(parts)
    return rows


def annotate(doc_id, text, block):
    atts = []
    for cue_s, src_s, con_s, typ in parse_block(block):
        assert typ in TYPES, typ
        # content
        frags = []
        for k, f in enumerate(con_s.split(" ++ ")):
            if "@@" in f:
                frags.append(locate_with_context(text, f))
            elif k == 0:
                occ = find_all(text, f)
                assert len(occ) == 1, f"{doc_id}: content {f!r} occurs {len(occ)} times"
                frags.append((occ[0], occ[0] + len(f)))
            else:
                i = text.find(f, frags[-1][1])
                assert i != -1, f"{doc_id}: fragment {f!r} not found"
                frags.append((i, i + len(f)))
        # cue
        if "@@" in cue_s:
            cue = locate_with_context(text, cue_s)
        elif len(frags) > 1:
            # a cue that splits the content lies between its first and last fragment
            between = [(frags[0][1], frags[-1][0])]
            outside = [(0, frags[0][1]), (frags[-1][0], len(text))]
            cue = nearest(text, cue_s, [frags[0]], outside, doc_id + " cue")
            assert frags[0][1] <= cue[0] and cue[1] <= between[0][1], (doc_id, cue_s)
        else:
            cue = nearest(text, cue_s, frags, frags, doc_id + " cue")
        # source
        if src_s == "-":
            src = None
        elif "@@" in src_s:
            src = locate_with_context(text, src_s)
        else:
            src = nearest(text, src_s, [cue], frags + [cue], doc_id + " source")
        # sanity: spans do not overlap each other
        for f in frags:
            assert not overlaps(f, cue), (doc_id, cue_s)
            if src:
                assert not overlaps(f, src), (doc_id, src_s)
        if src:
            assert not overlaps(src, cue), (doc_id, src_s)
        content = {"start": frags[0][0], "end": frags[-1][1],
                   "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        a = {"cue": span(text, cue),
             "source": span(text, src) if src else None,
             "content": content,
             "source_type": TYPES[typ]}
        # offsets check
        for key in ("cue", "source", "content"):
            sp = a[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        for s, e in frags:
            f = text[s:e]
            assert f == f.strip() and f, (doc_id, f)
            assert not f.startswith("that "), (doc_id, f)
        assert a["cue"]["text"] == cue_s.split("@@")[0]
        if src:
            assert a["source"]["text"] == src_s.split("@@")[0]
        # content: no sentence-final period outside quotes
        last = text[frags[-1][0]:frags[-1][1]]
        assert not (last.endswith(".") and not last.endswith(('."', ".”"))
                    and not last.endswith("Feb. 1")), (doc_id, last)
        atts.append(a)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def check_text(doc_id, text, idx):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", doc_id
    assert "\n\n\n" not in text and text == text.strip(), doc_id
    n = len(text.split())
    assert 350 <= n <= 550, f"{doc_id} has {n} words"
    if idx < 6:   # first half: straight quotes only
        assert not any(c in text for c in CURLY), doc_id
        assert '"' in text, doc_id
    else:         # second half: curly quotes only
        assert '"' not in text and "'" not in text, doc_id
        assert "“" in text and "”" in text, doc_id
    return n


def build():
    recs = []
    for idx, (doc_id, text, block) in enumerate(ARTICLES):
        check_text(doc_id, text, idx)
        atts = annotate(doc_id, text, block)
        assert 12 <= len(atts) <= 20, (doc_id, len(atts))
        recs.append({"doc_id": doc_id, "text": text, "split": "blind",
                     "attributions": atts})
    assert [r["doc_id"] for r in recs] == [f"w{i:02d}" for i in range(1, 13)]
    return recs


def review(recs):
    """Print every attribution in its surroundings for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<CUE:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[SRC:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks) - 15
            hi = max(m[0] for m in marks) + 15
            lo, hi = max(lo, 0), min(hi, len(t))
            seg = t[lo:hi]
            ins = sorted(marks, key=lambda x: x[0], reverse=True)
            for p, m in ins:
                seg = seg[:p - lo] + m + seg[p - lo:]
            print(f"  {a['source_type']:<13} " + seg.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind44.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
