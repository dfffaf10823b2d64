#!/usr/bin/env python3
"""Build ``blind4.jsonl``: the fourth batch of blind test articles (session 14), kept held out.

12 invented 2016-style political news articles built on pronoun and description chains, written
and annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
No rule was changed after reading it: it measures how the session's rules generalise.

Usage: ``python data/gold/blind4/build_blind4.py [--check] [-v]`` (``--check``: exit 1 if
blind4.jsonl is stale; ``-v``: list the nearest-occurrence span choices).

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
Each span field is either  `text`  or  `text @@ context`  (text located inside a
unique context string).  CONTENT may be several fragments joined by ` ## `.
SOURCE `-` means null.  TYPE: P named_person, O named_org, M media, D document,
A anonymous, U unknown.
If a span without context is not unique in the article, the occurrence nearest to
the content (for the cue) or to the cue (for the source) is chosen and reported,
so that every such choice can be checked by eye.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"P": "named_person", "O": "named_org", "M": "media", "D": "document",
         "A": "anonymous", "U": "unknown"}

DOCS = []

def add(did, text, ann):
    DOCS.append((did, text.strip(), ann.strip()))

# ---------------------------------------------------------------- d01 (straight)
add("d01", r'''
Cruz Courts Iowa Pastors as Aides Worry About Slipping Support

DES MOINES - Senator Ted Cruz spent Tuesday morning in a church basement here, telling about two dozen pastors that the Republican Party had "lost its nerve" on religious liberty and that he alone would restore it.

The Texan, who has built his Iowa operation around evangelical networks, said he was not worried about recent polls showing Donald J. Trump gaining ground among churchgoing voters. "Iowans don't pick a president off a television screen," he said. "They pick one in rooms like this."

But a senior adviser to the campaign, who spoke on the condition of anonymity because he was not authorized to discuss internal strategy, said the mood at the campaign's Houston headquarters had darkened. The adviser said some donors had begun asking whether the senator should shift money from television to field offices, and he described the conversations as "tense but productive."

Carly Fiorina, who endorsed Mr. Cruz last month and has campaigned with him across the state, dismissed the concerns. She told reporters after the event that the campaign's data showed Mr. Cruz leading among caucusgoers who attend church weekly. "The numbers are there," she said. "The enthusiasm is there."

A Des Moines Register poll released on Monday found Mr. Cruz and Mr. Trump essentially tied among likely caucusgoers, with Senator Marco Rubio a distant third. The survey also showed that nearly a third of respondents believed the race could still change before caucus night.

Some of the pastors in attendance said they remained undecided. The Rev. Dale Hemmings, who leads a congregation in Ankeny, said he admired Mr. Cruz's record but worried that the senator came across as "too rehearsed." His wife, Margaret, disagreed. She said she had made up her mind weeks ago.

Mr. Trump, for his part, mocked the gathering on Twitter, writing that Mr. Cruz "needs a lot of help from above." A spokeswoman for Mr. Cruz, Catherine Frazier, said the campaign would not respond to "every late-night tweet."
''', r'''
telling || Senator Ted Cruz || the Republican Party had "lost its nerve" on religious liberty and that he alone would restore it || P
said || The Texan || he was not worried about recent polls showing Donald J. Trump gaining ground among churchgoing voters || P
said || he || "Iowans don't pick a president off a television screen," ## "They pick one in rooms like this." || P
said || a senior adviser to the campaign || the mood at the campaign's Houston headquarters had darkened || A
said || The adviser || some donors had begun asking whether the senator should shift money from television to field offices || A
asking || some donors || whether the senator should shift money from television to field offices || A
described || he || the conversations as "tense but productive." || A
dismissed || Carly Fiorina || the concerns || P
told || She || the campaign's data showed Mr. Cruz leading among caucusgoers who attend church weekly || P
showed || the campaign's data || Mr. Cruz leading among caucusgoers who attend church weekly || D
said || she || "The numbers are there," ## "The enthusiasm is there." || P
found || A Des Moines Register poll released on Monday || Mr. Cruz and Mr. Trump essentially tied among likely caucusgoers, with Senator Marco Rubio a distant third || D
showed || The survey || nearly a third of respondents believed the race could still change before caucus night || D
said || Some of the pastors in attendance || they remained undecided || A
said || The Rev. Dale Hemmings || he admired Mr. Cruz's record but worried that the senator came across as "too rehearsed." || P
worried || he @@ said he admired || the senator came across as "too rehearsed." || P
said || She || she had made up her mind weeks ago || P
writing || Mr. Trump || Mr. Cruz "needs a lot of help from above." || P
said || A spokeswoman for Mr. Cruz, Catherine Frazier || the campaign would not respond to "every late-night tweet." || P
''')

# ---------------------------------------------------------------- d02 (straight)
add("d02", r'''
Clinton Aides Brace for Long Fight as Sanders Gains in Michigan

DETROIT - Hillary Clinton's campaign is preparing for a delegate fight that could stretch into June, according to three people familiar with the planning, even as the former secretary of state insists publicly that she is focused only on the next primary.

Campaign manager Robby Mook told donors on a conference call Wednesday that the campaign had "built a firewall" in the Southern states and that Sanders would need to win more than 60 percent of the remaining delegates to overtake her. He cautioned, however, that the Michigan primary would be "closer than the public polling suggests."

One participant on the call, who requested anonymity to describe a private conversation, said Mook sounded confident but repeatedly urged donors not to "get complacent." The person said several of the donors asked whether Clinton should spend more time in Flint.

Clinton herself struck a combative tone at a rally here Thursday. "I am not going to let anyone tell you that we can't get things done," she said, in what aides described as a veiled shot at Sanders. She added that she had "the scars to prove" she could fight Republicans.

Sanders, speaking in Grand Rapids, said the former secretary of state was "running a campaign of the establishment, by the establishment and for the establishment." His campaign manager, Jeff Weaver, told reporters that the senator believed he could carry Michigan if young voters turned out. Weaver said he expected the race to go "all the way to Philadelphia."

A Clinton aide, who was not authorized to speak on the record, said the campaign viewed those predictions as bluster. The aide noted that Clinton led Sanders by more than 600 delegates when superdelegates were counted, and he argued that the math "does not lie."

Both candidates have said they will support the eventual nominee. But many Sanders supporters told The Washington Post in interviews this week that they were unsure they could vote for Clinton in November, and some said they would consider staying home.

A Monmouth University poll released Tuesday showed Clinton ahead by 13 points among likely Democratic primary voters in Michigan.
''', r'''
according to || three people familiar with the planning || Hillary Clinton's campaign is preparing for a delegate fight that could stretch into June || A
insists || the former secretary of state @@ even as the former secretary of state || she is focused only on the next primary || P
told || Campaign manager Robby Mook || the campaign had "built a firewall" in the Southern states and that Sanders would need to win more than 60 percent of the remaining delegates to overtake her || P
cautioned || He || the Michigan primary would be "closer than the public polling suggests." || P
said || One participant on the call || Mook sounded confident but repeatedly urged donors not to "get complacent." || A
urged || Mook @@ said Mook sounded || donors not to "get complacent." || P
said || The person || several of the donors asked whether Clinton should spend more time in Flint || A
asked || several of the donors || whether Clinton should spend more time in Flint || A
said || she || "I am not going to let anyone tell you that we can't get things done," || P
described || aides || a veiled shot at Sanders || A
added || She || she had "the scars to prove" she could fight Republicans || P
said || Sanders @@ Sanders, speaking || the former secretary of state was "running a campaign of the establishment, by the establishment and for the establishment." || P
told || His campaign manager, Jeff Weaver || the senator believed he could carry Michigan if young voters turned out || P
believed || the senator || he could carry Michigan if young voters turned out || P
said || Weaver @@ Weaver said || he expected the race to go "all the way to Philadelphia." || P
expected || he @@ said he expected || the race to go "all the way to Philadelphia." || P
said || A Clinton aide || the campaign viewed those predictions as bluster || A
viewed || the campaign @@ the campaign viewed || those predictions as bluster || O
noted || The aide || Clinton led Sanders by more than 600 delegates when superdelegates were counted || A
argued || he || the math "does not lie." || A
said || Both candidates || they will support the eventual nominee || P
told || many Sanders supporters || they were unsure they could vote for Clinton in November || A
said || some @@ and some said || they would consider staying home || A
showed || A Monmouth University poll released Tuesday || Clinton ahead by 13 points among likely Democratic primary voters in Michigan || D
''')

# ---------------------------------------------------------------- d03 (straight)
add("d03", r'''
Manafort Tells Delegates Rules Fight Is 'Over'

CLEVELAND - Paul Manafort, Donald Trump's campaign chairman, told a room of wavering delegates on Sunday night that the effort to unbind them was finished and that anyone still pushing it was "wasting everybody's time."

The campaign chairman spoke for about 20 minutes behind closed doors at a downtown hotel, according to two delegates who were present. One of them, a retired schoolteacher from Colorado, said he left the meeting "more annoyed than persuaded." The other, who asked not to be named because she did not want to jeopardize her credentials, said Manafort had been polite but blunt.

"He basically told us to sit down and be quiet," she said. "I don't think that's how you win people over."

The Trump campaign has insisted for weeks that it has the votes to defeat any rules change. Manafort repeated that claim to reporters Monday morning, saying the insurgents had "maybe a few dozen" supporters on the 112-member rules committee.

Kendal Unruh, the Colorado delegate leading the push, disputed that figure. She said her group had collected enough signatures to force a floor vote and accused the Republican National Committee of "bullying" delegates into withdrawing them. An RNC official, speaking on condition of anonymity to discuss internal deliberations, denied that the committee had pressured anyone. The official said Reince Priebus, the party chairman, had instructed staff to stay neutral.

Priebus, for his part, told CNN that he believed the convention would be "unified by Thursday." He did not address Unruh's accusations directly.

Some party elders are less sanguine. Several former RNC members said privately that they feared a floor fight would overshadow Trump's acceptance speech, and one described the mood among longtime delegates as "funereal."

Trump's critics inside the hall said they had not given up. "We're not going anywhere," said Regina Thomson, a delegate from Colorado who works alongside Unruh. She and Unruh, who have known each other for years, said they would hold a press conference on Tuesday.

In a statement, the Trump campaign said the delegates had "spoken loudly and clearly" and that the nominee looked forward to "a great week in Cleveland."
''', r'''
Tells || Manafort @@ Manafort Tells || Rules Fight Is 'Over' || P
told || Paul Manafort, Donald Trump's campaign chairman || the effort to unbind them was finished and that anyone still pushing it was "wasting everybody's time." || P
according to || two delegates who were present || The campaign chairman spoke for about 20 minutes behind closed doors at a downtown hotel || A
said || One of them, a retired schoolteacher from Colorado || he left the meeting "more annoyed than persuaded." || A
said || The other || Manafort had been polite but blunt || A
said || she || "He basically told us to sit down and be quiet," ## "I don't think that's how you win people over." || A
insisted || The Trump campaign || it has the votes to defeat any rules change || O
repeated || Manafort @@ Manafort repeated || that claim || P
saying || Manafort @@ Manafort repeated || the insurgents had "maybe a few dozen" supporters on the 112-member rules committee || P
disputed || Kendal Unruh, the Colorado delegate leading the push || that figure || P
said || She @@ She said her group || her group had collected enough signatures to force a floor vote || P
accused || She @@ She said her group || the Republican National Committee of "bullying" delegates into withdrawing them || P
denied || An RNC official || the committee had pressured anyone || A
said || The official || Reince Priebus, the party chairman, had instructed staff to stay neutral || A
instructed || Reince Priebus, the party chairman || staff to stay neutral || P
told || Priebus @@ Priebus, for his part || he believed the convention would be "unified by Thursday." || P
believed || he || the convention would be "unified by Thursday." || P
said || Several former RNC members || they feared a floor fight would overshadow Trump's acceptance speech || A
feared || they @@ that they feared || a floor fight would overshadow Trump's acceptance speech || A
described || one @@ and one described || the mood among longtime delegates as "funereal." || A
said || Trump's critics inside the hall || they had not given up || A
said || Regina Thomson, a delegate from Colorado who works alongside Unruh || "We're not going anywhere," || P
said || She and Unruh || they would hold a press conference on Tuesday || P
said || the Trump campaign @@ In a statement, the Trump campaign || the delegates had "spoken loudly and clearly" and that the nominee looked forward to "a great week in Cleveland." || O
''')

# ---------------------------------------------------------------- d04 (straight)
add("d04", r'''
Ryan Stops Short of Endorsing Trump After Capitol Hill Meeting

WASHINGTON - House Speaker Paul Ryan said Thursday that his meeting with Donald Trump had been "very encouraging," but he declined to formally endorse the presumptive Republican nominee.

Speaking to reporters after the hourlong session at the Republican National Committee's headquarters, Ryan said the two men had discussed "the principles that unite our party" and agreed to keep talking. He would not say when, or whether, he expected to offer his endorsement.

Trump struck a more upbeat note. In a joint statement released after the meeting, the two men said they had a "great conversation" and were "totally committed to working together." Later, at a fundraiser in Manhattan, the billionaire told supporters that Ryan was "a very good man" who would "come around."

A spokeswoman for Ryan said the speaker had not changed his position since last week, when he told CNN that he was "just not ready" to back Trump. She declined to elaborate.

Not everyone in the Republican conference was pleased. One House Republican from a swing district, who spoke on condition of anonymity to avoid angering leadership, said he thought Ryan was "playing for time" and that most members wanted a clear answer before the August recess. The lawmaker said several colleagues privately shared his frustration.

Rep. Marsha Blackburn of Tennessee, a Trump supporter, said she had urged Ryan to "get on board." She said Trump had won the nomination "fair and square" and that voters expected the party to unite behind him.

Democrats pounced. The Democratic Congressional Campaign Committee issued a memo arguing that vulnerable Republicans would be forced to "answer for every word Trump says." The memo cited a recent USA Today/Suffolk University poll that found 55% of likely voters viewed Trump unfavorably.

Senate Majority Leader Mitch McConnell, who endorsed Trump last week, told reporters that he expected Ryan to follow suit "in due course." He said he had spoken with the speaker by phone Wednesday night but would not characterize the call.
''', r'''
said || House Speaker Paul Ryan || his meeting with Donald Trump had been "very encouraging," || P
said || Ryan @@ Ryan said the two men || the two men had discussed "the principles that unite our party" and agreed to keep talking || P
said || the two men @@ the two men said || they had a "great conversation" and were "totally committed to working together." || P
told || the billionaire || Ryan was "a very good man" who would "come around." || P
said || A spokeswoman for Ryan || the speaker had not changed his position since last week, when he told CNN that he was "just not ready" to back Trump || A
told || he @@ when he told || he was "just not ready" to back Trump || P
said || One House Republican from a swing district || he thought Ryan was "playing for time" and that most members wanted a clear answer before the August recess || A
thought || he @@ said he thought || Ryan was "playing for time" and that most members wanted a clear answer before the August recess || A
said || The lawmaker || several colleagues privately shared his frustration || A
said || Rep. Marsha Blackburn of Tennessee, a Trump supporter || she had urged Ryan to "get on board." || P
urged || she @@ said she had urged || Ryan to "get on board." || P
said || She @@ She said Trump || Trump had won the nomination "fair and square" and that voters expected the party to unite behind him || P
expected || voters || the party to unite behind him || A
arguing || a memo || vulnerable Republicans would be forced to "answer for every word Trump says." || D
cited || The memo || a recent USA Today/Suffolk University poll that found 55% of likely voters viewed Trump unfavorably || D
found || a recent USA Today/Suffolk University poll || 55% of likely voters viewed Trump unfavorably || D
told || Senate Majority Leader Mitch McConnell || he expected Ryan to follow suit "in due course." || P
expected || he @@ that he expected || Ryan to follow suit "in due course." || P
said || He @@ He said he had spoken || he had spoken with the speaker by phone Wednesday night but would not characterize the call || P
''')

# ---------------------------------------------------------------- d05 (straight)
add("d05", r'''
Haley Backs Rubio, Saying GOP Needs 'Fresh Start'

COLUMBIA, S.C. (AP) - South Carolina Gov. Nikki Haley endorsed Marco Rubio on Wednesday, saying the Florida senator represented the kind of "fresh start" the Republican Party needed after a bruising primary season.

Haley announced her decision at a rally in Chapin, standing beside Rubio and Sen. Tim Scott. She said she had spent weeks weighing the choice and had prayed about it with her family. "I wanted somebody who would make me proud," she told the crowd.

An aide to the governor, who was not authorized to speak publicly about the deliberations, said Haley had met privately with both Rubio and Ted Cruz in recent weeks. He said she was impressed by Cruz's grasp of policy but believed Rubio had a better chance of winning in November.

Rubio thanked the governor and called her "a conservative reformer" who had shown the country "what real leadership looks like." The senator said her endorsement would help him with suburban voters who had drifted toward Donald Trump.

Trump responded within minutes. On Twitter, the billionaire wrote that the people of South Carolina "do not want" Rubio and that Haley's endorsement was "very sad." His campaign manager, Corey Lewandowski, told The Associated Press that the endorsement would have "zero impact."

Cruz, campaigning in Greenville, said he respected Haley but suggested Rubio was the choice of "the Washington establishment." The Texan told reporters he was confident his ground game would carry him to a strong finish.

Political analysts were divided. Scott Huffmon, who directs the Winthrop University poll, said endorsements rarely move large numbers of voters but could matter in a close contest. A Winthrop survey released last week found Trump leading the field with 36 percent, while Rubio and Cruz were bunched in the mid-teens.

Some voters at the rally said the endorsement had helped them decide. Others said they were still torn between the two senators.
''', r'''
Saying || Haley @@ Haley Backs || GOP Needs 'Fresh Start' || P
saying || South Carolina Gov. Nikki Haley || the Florida senator represented the kind of "fresh start" the Republican Party needed after a bruising primary season || P
announced || Haley @@ Haley announced || her decision || P
said || She @@ She said she had spent || she had spent weeks weighing the choice and had prayed about it with her family || P
told || she @@ she told the crowd || "I wanted somebody who would make me proud," || P
said || An aide to the governor || Haley had met privately with both Rubio and Ted Cruz in recent weeks || A
said || He @@ He said she was || she was impressed by Cruz's grasp of policy but believed Rubio had a better chance of winning in November || A
believed || she @@ said she was impressed || Rubio had a better chance of winning in November || P
called || Rubio @@ Rubio thanked || her "a conservative reformer" who had shown the country "what real leadership looks like." || P
said || The senator || her endorsement would help him with suburban voters who had drifted toward Donald Trump || P
wrote || the billionaire || the people of South Carolina "do not want" Rubio and that Haley's endorsement was "very sad." || P
told || His campaign manager, Corey Lewandowski || the endorsement would have "zero impact." || P
said || Cruz @@ Cruz, campaigning || he respected Haley || P
suggested || Cruz @@ Cruz, campaigning || Rubio was the choice of "the Washington establishment." || P
told || The Texan || he was confident his ground game would carry him to a strong finish || P
was confident || he @@ reporters he was || his ground game would carry him to a strong finish || P
said || Scott Huffmon || endorsements rarely move large numbers of voters but could matter in a close contest || P
found || A Winthrop survey released last week || Trump leading the field with 36 percent, while Rubio and Cruz were bunched in the mid-teens || D
said || Some voters at the rally || the endorsement had helped them decide || A
said || Others || they were still torn between the two senators || A
''')

# ---------------------------------------------------------------- d06 (straight)
add("d06", r'''
EXCLUSIVE: Sessions Warns Senate GOP Leaders Quietly Reviving Amnesty Push

Sen. Jeff Sessions (R-AL) is warning that establishment Republicans in the Senate are quietly laying the groundwork to revive a so-called comprehensive immigration bill after the November election, Breitbart News has learned.

In an interview with Breitbart News on Friday, the Alabama senator said he had seen "clear signs" that leadership aides were drafting language modeled on the failed 2013 Gang of Eight legislation. "The American people have rejected this again and again," Sessions said. "And yet the donor class keeps coming back for more."

A senior Senate aide, who requested anonymity because he was not permitted to speak to the press, told Breitbart News that the discussions had been going on "for months" and involved staff from at least three offices. The aide said the plan was to move a bill during the lame-duck session, when retiring members would face no political consequences.

A spokesman for Senate Majority Leader Mitch McConnell flatly denied the report, calling it "completely false." He said the leader had "no plans whatsoever" to take up immigration legislation this year.

But Sessions, who has endorsed Donald Trump and advises the campaign on policy, said he did not find the denial credible. He noted that several of his colleagues had told business groups in private meetings that they intended to "finish the job" on immigration reform.

Trump echoed the warning at a rally in Ohio on Saturday, telling the crowd that "the people in Washington" wanted to "give away your country." The GOP nominee said he would veto any bill that granted legal status to illegal aliens.

Many conservative activists said the report confirmed their suspicions. NumbersUSA, a group that favors lower immigration levels, issued an alert urging its members to call their senators. Roy Beck, the group's president, said the phones in Senate offices "should be ringing off the hook."

A Rasmussen Reports survey released this month found that 61 percent of likely voters believe the government is not doing enough to secure the border.
''', r'''
Warns || Sessions @@ Sessions Warns || Senate GOP Leaders Quietly Reviving Amnesty Push || P
is warning || Sen. Jeff Sessions (R-AL) || establishment Republicans in the Senate are quietly laying the groundwork to revive a so-called comprehensive immigration bill after the November election || P
has learned || Breitbart News @@ Breitbart News has learned || Sen. Jeff Sessions (R-AL) is warning that establishment Republicans in the Senate are quietly laying the groundwork to revive a so-called comprehensive immigration bill after the November election || M
said || the Alabama senator || he had seen "clear signs" that leadership aides were drafting language modeled on the failed 2013 Gang of Eight legislation || P
said || Sessions @@ Sessions said. || "The American people have rejected this again and again," ## "And yet the donor class keeps coming back for more." || P
told || A senior Senate aide || the discussions had been going on "for months" and involved staff from at least three offices || A
said || The aide || the plan was to move a bill during the lame-duck session, when retiring members would face no political consequences || A
denied || A spokesman for Senate Majority Leader Mitch McConnell || the report @@ denied the report || A
calling || A spokesman for Senate Majority Leader Mitch McConnell || it "completely false." || A
said || He @@ He said the leader || the leader had "no plans whatsoever" to take up immigration legislation this year || A
said || Sessions @@ But Sessions || he did not find the denial credible || P
noted || He || several of his colleagues had told business groups in private meetings that they intended to "finish the job" on immigration reform || P
told || several of his colleagues || they intended to "finish the job" on immigration reform || A
intended || they @@ that they intended || to "finish the job" on immigration reform || A
echoed || Trump @@ Trump echoed || the warning || P
telling || Trump @@ Trump echoed || "the people in Washington" wanted to "give away your country." || P
said || The GOP nominee || he would veto any bill that granted legal status to illegal aliens || P
said || Many conservative activists || the report confirmed their suspicions || A
urging || an alert || its members to call their senators || D
said || Roy Beck, the group's president || the phones in Senate offices "should be ringing off the hook." || P
found || A Rasmussen Reports survey released this month || 61 percent of likely voters believe the government is not doing enough to secure the border || D
''')

# ---------------------------------------------------------------- d07 (curly)
add("d07", r'''
Elizabeth Warren Tears Into Trump In Fiery Speech To Democratic Women

WASHINGTON — Sen. Elizabeth Warren (D-Mass.) unloaded on Donald Trump on Thursday night, telling a gala of Democratic women that the presumptive GOP nominee was a “thin-skinned, racist bully” who had “never sacrificed anything for anyone.”

The Massachusetts senator, who has not endorsed either Hillary Clinton or Bernie Sanders, said Trump’s business record proved he would “crush” working families if he were elected. “He roots for people to lose their homes,” she said, referring to remarks Trump made in 2006 about the housing crash.

Trump fired back within the hour. On Twitter, he called Warren “goofy” and said she had “done nothing” in the Senate. His spokeswoman, Katrina Pierson, told HuffPost that the senator was “desperate for attention” and that her attacks would backfire.

Warren’s aides were thrilled. One staffer, who requested anonymity to speak candidly about the senator’s thinking, said she had been planning the speech for weeks and saw it as a test of whether she could get under Trump’s skin. “She wanted him to take the bait,” the staffer said. “He did.”

Some Democrats believe Warren is auditioning for the vice presidency. Two people close to the Clinton campaign said Clinton’s advisers had been impressed by the speech, though they cautioned that no decisions had been made. A Clinton spokesman, Brian Fallon, declined to comment.

Progressive groups were less interested in the veepstakes. Anna Galland, the executive director of MoveOn.org, said Warren had shown “exactly how to take on a bully.” Her group sent an email to its members Friday morning praising the senator and asking them to sign a petition urging her to keep up the pressure.

Republicans dismissed the speech as a stunt. Sen. John Cornyn (R-Texas) told reporters that Warren and Trump “deserve each other,” and that he had no interest in refereeing their fight. The Republican National Committee said in a statement that Warren was “the face of the angry left.”

A recent Gallup survey showed that Warren is viewed favorably by 41 percent of Americans, compared with 33 percent for Trump.
''', r'''
telling || Sen. Elizabeth Warren (D-Mass.) || the presumptive GOP nominee was a “thin-skinned, racist bully” who had “never sacrificed anything for anyone.” || P
said || The Massachusetts senator || Trump’s business record proved he would “crush” working families if he were elected || P
proved || Trump’s business record || he would “crush” working families if he were elected || U
said || she @@ she said, referring || “He roots for people to lose their homes,” || P
called || he @@ he called Warren || Warren “goofy” || P
said || he @@ he called Warren || she had “done nothing” in the Senate || P
told || His spokeswoman, Katrina Pierson || the senator was “desperate for attention” and that her attacks would backfire || P
said || One staffer || she had been planning the speech for weeks and saw it as a test of whether she could get under Trump’s skin || A
saw || she @@ said she had been planning || it as a test of whether she could get under Trump’s skin || P
said || the staffer @@ the staffer said || “She wanted him to take the bait,” ## “He did.” || A
believe || Some Democrats || Warren is auditioning for the vice presidency || A
said || Two people close to the Clinton campaign || Clinton’s advisers had been impressed by the speech || A
cautioned || they @@ though they cautioned || no decisions had been made || A
said || Anna Galland, the executive director of MoveOn.org || Warren had shown “exactly how to take on a bully.” || P
asking || an email || them to sign a petition urging her to keep up the pressure || D
urging || a petition || her to keep up the pressure || D
dismissed || Republicans @@ Republicans dismissed || the speech as a stunt || O
told || Sen. John Cornyn (R-Texas) || Warren and Trump “deserve each other,” and that he had no interest in refereeing their fight || P
said || The Republican National Committee || Warren was “the face of the angry left.” || O
showed || A recent Gallup survey || Warren is viewed favorably by 41 percent of Americans, compared with 33 percent for Trump || D
''')

# ---------------------------------------------------------------- d08 (curly)
add("d08", r'''
Evangelical Leaders Split Over Trump as Some Warn of a Lasting Rift

Jerry Falwell Jr. has never hidden his admiration for Donald J. Trump. On Monday, the president of Liberty University told a gathering of pastors in Lynchburg, Va., that Mr. Trump was “the most pro-life candidate” the party had nominated in his lifetime, and that Christians who stayed home in November would “bear responsibility” for a Clinton presidency.

Not everyone in the room agreed. Russell Moore, the head of the Southern Baptist Convention’s public policy arm, has called Mr. Trump’s rhetoric on immigrants and women “reprehensible,” and many of the younger pastors who attended said they shared his view. One of them, a youth minister from Richmond, said he had been “genuinely shaken” by Mr. Falwell’s remarks.

A woman who helped organize the event, and who insisted on anonymity because she feared losing donors, said the tension had been building for months. She said several pastors had told her they would not attend if Mr. Falwell spoke, and that she had persuaded them to come anyway.

Mr. Moore did not attend. In an email, his spokesman said the Southern Baptist leader had a prior commitment but that his position “has not changed and will not change.”

Polling suggests that many evangelicals share Mr. Falwell’s view more than Mr. Moore’s. A Pew Research Center survey released in July found that 78 percent of white evangelical voters planned to support Mr. Trump, a higher share than supported Mitt Romney at the same point in 2012.

Yet some of those voters describe their support as reluctant. Beth Crowley, 54, a nurse from Roanoke who attended the gathering with her husband, said she would vote for Mr. Trump “with a clothespin on my nose.” Her husband, Tom, said he was less conflicted. “I’m voting for the Supreme Court,” he said. “Not for the man.”

The Trump campaign has worked to shore up its evangelical support. In a statement, Mr. Trump said he was “honored” by the backing of “so many great Christian leaders,” and his campaign announced a new advisory board that includes Mr. Falwell and the Texas pastor Robert Jeffress.

Both men have said they see no contradiction between their faith and their support for the Republican nominee. Each has argued that the stakes of the election, particularly for the courts, outweigh concerns about Mr. Trump’s personal conduct.
''', r'''
Warn || Some @@ Some Warn || a Lasting Rift || A
told || the president of Liberty University || Mr. Trump was “the most pro-life candidate” the party had nominated in his lifetime, and that Christians who stayed home in November would “bear responsibility” for a Clinton presidency || P
called || Russell Moore, the head of the Southern Baptist Convention’s public policy arm || Mr. Trump’s rhetoric on immigrants and women “reprehensible,” || P
said || many of the younger pastors who attended || they shared his view || A
said || One of them, a youth minister from Richmond || he had been “genuinely shaken” by Mr. Falwell’s remarks || A
said || A woman who helped organize the event || the tension had been building for months || A
said || She @@ She said several || several pastors had told her they would not attend if Mr. Falwell spoke, and that she had persuaded them to come anyway || A
told || several pastors || they would not attend if Mr. Falwell spoke || A
said || his spokesman || the Southern Baptist leader had a prior commitment but that his position “has not changed and will not change.” || A
suggests || Polling || many evangelicals share Mr. Falwell’s view more than Mr. Moore’s || D
found || A Pew Research Center survey released in July || 78 percent of white evangelical voters planned to support Mr. Trump, a higher share than supported Mitt Romney at the same point in 2012 || D
describe || some of those voters || their support as reluctant || A
said || Beth Crowley, 54, a nurse from Roanoke who attended the gathering with her husband || she would vote for Mr. Trump “with a clothespin on my nose.” || P
said || Her husband, Tom || he was less conflicted || P
said || he @@ he said. “Not || “I’m voting for the Supreme Court,” ## “Not for the man.” || P
said || Mr. Trump @@ Mr. Trump said he was || he was “honored” by the backing of “so many great Christian leaders,” || P
announced || his campaign || a new advisory board that includes Mr. Falwell and the Texas pastor Robert Jeffress || O
said || Both men || they see no contradiction between their faith and their support for the Republican nominee || P
argued || Each || the stakes of the election, particularly for the courts, outweigh concerns about Mr. Trump’s personal conduct || P
''')

# ---------------------------------------------------------------- d09 (curly)
add("d09", r'''
Trump Camp Lowers Expectations Ahead of First Debate

HEMPSTEAD, N.Y. — Donald Trump’s advisers spent Sunday trying to convince reporters that their candidate was the underdog heading into Monday night’s debate, even as the Republican nominee himself predicted he would “do very well.”

Kellyanne Conway, Trump’s campaign manager, told reporters on a conference call that Hillary Clinton had been “preparing for this her whole life” and that the former secretary of state would arrive with “a binder full of zingers.” She said Trump, by contrast, would “be himself.”

A Trump aide who has sat in on the candidate’s informal preparation sessions, and who was granted anonymity to describe them, offered a slightly different account. The aide said Trump had studied Clinton’s past debate performances more closely than the campaign has let on, and that he had practiced responses to questions about his taxes. She said the sessions had grown more focused since Conway took over.

Clinton’s team was playing the same game. John Podesta, the Clinton campaign chairman, told MSNBC that Trump was “a skilled television performer” and that voters should not underestimate him. Jennifer Palmieri, the campaign’s communications director, echoed that message. They both said Clinton planned to focus on her own agenda rather than on Trump’s provocations.

Privately, however, several Clinton allies said they were confident she would outperform him. One longtime adviser said the campaign expected Trump to “melt down” if pressed on his business dealings, though he acknowledged that such predictions had been wrong before.

Trump, speaking briefly to reporters outside Trump Tower, said he had not been preparing “in the traditional sense” and was not worried. “I know what she’s going to say,” he said. “She’s been saying it for 30 years.”

The stakes are high. A CNN/ORC poll released Sunday showed the race essentially tied nationally, and an analysis by The New York Times found that first debates have historically moved the polls by an average of two to three points.

Republican strategists said the debate could be Trump’s last good chance to reassure suburban women. “He needs to look like a president for 90 minutes,” said Katie Packer, a GOP strategist who opposed Trump in the primaries. “That’s it.”
''', r'''
convince || Donald Trump’s advisers || their candidate was the underdog heading into Monday night’s debate || A
predicted || the Republican nominee himself || he would “do very well.” || P
told || Kellyanne Conway, Trump’s campaign manager || Hillary Clinton had been “preparing for this her whole life” and that the former secretary of state would arrive with “a binder full of zingers.” || P
said || She @@ She said Trump || Trump, by contrast, would “be himself.” || P
offered || A Trump aide who has sat in on the candidate’s informal preparation sessions || a slightly different account || A
said || The aide || Trump had studied Clinton’s past debate performances more closely than the campaign has let on, and that he had practiced responses to questions about his taxes || A
said || She @@ She said the sessions || the sessions had grown more focused since Conway took over || A
told || John Podesta, the Clinton campaign chairman || Trump was “a skilled television performer” and that voters should not underestimate him || P
echoed || Jennifer Palmieri, the campaign’s communications director || that message || P
said || They both || Clinton planned to focus on her own agenda rather than on Trump’s provocations || P
planned || Clinton @@ said Clinton planned || to focus on her own agenda rather than on Trump’s provocations || P
said || several Clinton allies || they were confident she would outperform him || A
were confident || they @@ said they were confident || she would outperform him || A
said || One longtime adviser || the campaign expected Trump to “melt down” if pressed on his business dealings || A
expected || the campaign @@ the campaign expected || Trump to “melt down” if pressed on his business dealings || O
acknowledged || he @@ though he acknowledged || such predictions had been wrong before || A
said || Trump @@ Trump, speaking briefly || he had not been preparing “in the traditional sense” and was not worried || P
said || he @@ he said. “She’s || “I know what she’s going to say,” ## “She’s been saying it for 30 years.” || P
showed || A CNN/ORC poll released Sunday || the race essentially tied nationally || D
found || an analysis by The New York Times || first debates have historically moved the polls by an average of two to three points || M
said || Republican strategists || the debate could be Trump’s last good chance to reassure suburban women || A
said || Katie Packer, a GOP strategist who opposed Trump in the primaries || “He needs to look like a president for 90 minutes,” ## “That’s it.” || P
''')

# ---------------------------------------------------------------- d10 (curly)
add("d10", r'''
FBI Director Defends Handling of Clinton Email Probe Before Skeptical House Panel

FBI Director James B. Comey told a House committee on Thursday that no reasonable prosecutor would have brought charges against Hillary Clinton, defending his decision against an onslaught of criticism from Republicans who accused him of applying a double standard.

Comey, a registered Republican for most of his adult life, said he understood why people were frustrated but insisted that the bureau’s investigation had been “done the right way.” He repeatedly said that Clinton and her aides had been “extremely careless” with classified information but that there was no evidence they had intended to break the law.

Rep. Jason Chaffetz (R-Utah), the committee’s chairman, was unpersuaded. He told Comey that the American people believe there is “one standard for the Clintons and another for everyone else,” and he announced that he would ask the State Department for the full FBI interview notes.

Attorney General Loretta E. Lynch, who accepted the bureau’s recommendation on Wednesday, has said she played no role in the decision beyond approving it. A Justice Department official, speaking on the condition of anonymity because he was not authorized to discuss internal matters, said Lynch had not been briefed on the details of the case before Comey’s announcement.

Beth Wilkinson, a lawyer for two of Clinton’s former aides, said her clients had cooperated fully and were “relieved” the matter was over. She declined to say whether they had been interviewed a second time.

The Clinton campaign sought to move on. Spokesman Brian Fallon said in a statement that the campaign was “pleased” the investigation had concluded and that Clinton had “long acknowledged” her use of a private server was a mistake.

Donald Trump was not ready to let it go. At a rally in Cincinnati, the Republican candidate said the system was “rigged” and suggested that Clinton had received special treatment. His campaign later released a video ad replaying Comey’s description of her conduct.

Democrats on the panel accused Republicans of staging a political show trial. Rep. Elijah E. Cummings (Md.), the committee’s ranking Democrat, said his colleagues were “trying to convict her in the court of public opinion.”

A Washington Post-ABC News poll found that 56 percent of Americans disapproved of the FBI’s decision not to recommend charges.
''', r'''
told || FBI Director James B. Comey || no reasonable prosecutor would have brought charges against Hillary Clinton || P
accused || Republicans @@ from Republicans who || him of applying a double standard || O
said || Comey, a registered Republican for most of his adult life || he understood why people were frustrated || P
insisted || Comey, a registered Republican for most of his adult life || the bureau’s investigation had been “done the right way.” || P
said || He @@ He repeatedly said || Clinton and her aides had been “extremely careless” with classified information but that there was no evidence they had intended to break the law || P
told || He @@ He told Comey || the American people believe there is “one standard for the Clintons and another for everyone else,” || P
believe || the American people || there is “one standard for the Clintons and another for everyone else,” || A
announced || he @@ and he announced || he would ask the State Department for the full FBI interview notes || P
said || Attorney General Loretta E. Lynch || she played no role in the decision beyond approving it || P
said || A Justice Department official || Lynch had not been briefed on the details of the case before Comey’s announcement || A
said || Beth Wilkinson, a lawyer for two of Clinton’s former aides || her clients had cooperated fully and were “relieved” the matter was over || P
said || Spokesman Brian Fallon || the campaign was “pleased” the investigation had concluded and that Clinton had “long acknowledged” her use of a private server was a mistake || P
acknowledged || Clinton @@ and that Clinton had || her use of a private server was a mistake || P
said || the Republican candidate || the system was “rigged” || P
suggested || the Republican candidate || Clinton had received special treatment || P
accused || Democrats on the panel || Republicans of staging a political show trial || O
said || Rep. Elijah E. Cummings (Md.), the committee’s ranking Democrat || his colleagues were “trying to convict her in the court of public opinion.” || P
found || A Washington Post-ABC News poll || 56 percent of Americans disapproved of the FBI’s decision not to recommend charges || D
''')

# ---------------------------------------------------------------- d11 (curly)
add("d11", r'''
Cruz, Kasich Strike Deal to Block Trump in Three States

INDIANAPOLIS (AP) — Ted Cruz and John Kasich announced an unusual arrangement late Sunday to divide their efforts in three upcoming primaries, a last-ditch bid to deny Donald Trump the delegates he needs to clinch the Republican nomination.

Under the plan, the Texas senator will clear the field in Indiana, while the Ohio governor will focus on Oregon and New Mexico. The two men have not met to discuss the deal, according to their campaigns, and each insisted Monday that he was still running to win.

“We’re not colluding,” Kasich told reporters in Philadelphia. “We’re just being smart about where we spend our money.” He said he had never asked his supporters in Indiana to vote for Cruz.

Cruz offered a blunter assessment. The senator said the agreement reflected a simple reality: that Trump could be stopped only if the anti-Trump vote was not split. “Indiana is where this race gets decided,” he said.

Jeff Roe, Cruz’s campaign manager, said in a statement that the campaign would “focus its time and resources in Indiana and in turn clear the path for Governor Kasich” in the West. John Weaver, Kasich’s chief strategist, issued a nearly identical statement minutes later.

Trump seized on the arrangement. “Lyin’ Ted and 1 for 38 Kasich are unable to beat me on their own,” he wrote on Twitter. At a rally in Rhode Island, the billionaire called the deal “pathetic” and said it showed “how weak” his rivals were.

A Kasich staffer in Indiana, who asked not to be identified because she was not authorized to speak for the campaign, said she learned about the deal from the news and that volunteers there were confused. She said some had already printed door-hangers for the governor.

Several Indiana Republicans said they doubted the deal would work. Dan Lechner, a state legislator, said voters in his district “don’t like being told what to do.” Party leaders in the state were more cautious; the Indiana Republican Party said it would remain neutral.

A Fox News poll of likely Indiana primary voters released Sunday found Trump leading Cruz by 8 points, with Kasich well behind.
''', r'''
announced || Ted Cruz and John Kasich || an unusual arrangement late Sunday to divide their efforts in three upcoming primaries || P
according to || their campaigns || The two men have not met to discuss the deal || O
insisted || each || he was still running to win || P
told || Kasich @@ Kasich told || “We’re not colluding,” ## “We’re just being smart about where we spend our money.” || P
said || He @@ He said he had never || he had never asked his supporters in Indiana to vote for Cruz || P
offered || Cruz @@ Cruz offered || a blunter assessment || P
said || The senator || the agreement reflected a simple reality: that Trump could be stopped only if the anti-Trump vote was not split || P
said || he @@ he said.\n || “Indiana is where this race gets decided,” || P
said || Jeff Roe, Cruz’s campaign manager || the campaign would “focus its time and resources in Indiana and in turn clear the path for Governor Kasich” in the West || P
issued || John Weaver, Kasich’s chief strategist || a nearly identical statement || P
wrote || he @@ he wrote || “Lyin’ Ted and 1 for 38 Kasich are unable to beat me on their own,” || P
called || the billionaire || the deal “pathetic” || P
said || the billionaire || it showed “how weak” his rivals were || P
showed || it @@ it showed || “how weak” his rivals were || U
said || A Kasich staffer in Indiana || she learned about the deal from the news and that volunteers there were confused || A
said || She @@ She said some || some had already printed door-hangers for the governor || A
said || Several Indiana Republicans || they doubted the deal would work || A
doubted || they @@ said they doubted || the deal would work || A
said || Dan Lechner, a state legislator || voters in his district “don’t like being told what to do.” || P
said || the Indiana Republican Party || it would remain neutral || O
found || A Fox News poll of likely Indiana primary voters released Sunday || Trump leading Cruz by 8 points, with Kasich well behind || D
''')

# ---------------------------------------------------------------- d12 (curly)
add("d12", r'''
Pence Emerges as Trump’s Pick After Frantic Final Day

NEW YORK — Donald Trump has chosen Indiana Gov. Mike Pence as his running mate, two Republicans with knowledge of the decision said Thursday, ending a weeks-long audition that also included New Jersey Gov. Chris Christie and former House speaker Newt Gingrich.

The governor flew to New York on Wednesday night for what aides described as a final round of conversations. One of the Republicans, who spoke on the condition of anonymity because the announcement had not been made, said Trump had wavered until late Thursday morning and had asked several advisers whether Pence was “tough enough.” The person said Trump’s children, particularly Ivanka and Donald Jr., had pushed hard for the Indiana governor.

Trump himself denied on Fox News that he had made a final decision. “I haven’t decided,” he said in an interview Thursday evening, hours after the news leaked. His campaign chairman, Paul Manafort, later told reporters that the nominee would make his announcement “on his own schedule.”

Gingrich, who had lobbied openly for the job, told supporters that he would “absolutely” accept a role in a Trump administration. The former speaker said he did not believe the choice had been a rejection of him. His wife, Callista, who had traveled with him to Indiana last week, declined to comment.

Christie, campaigning for down-ballot candidates in New Jersey, said he had “no regrets.” A Christie ally, speaking anonymously to discuss private conversations, said the governor had been told earlier in the week that he was unlikely to be selected. He said Christie took the news “like a pro.”

Conservative leaders cheered the choice. Tony Perkins, president of the Family Research Council, said Pence would reassure evangelicals who remain wary of Trump. The Club for Growth, which clashed with Pence over trade, issued a statement calling him “a solid conservative” and praising his record on taxes.

Democrats moved quickly to define the pick. The Clinton campaign released a video describing Pence as “the most extreme pick in a generation,” and Sen. Tim Kaine of Virginia said the governor’s record on gay rights would be “a real problem in swing states.”

A CNN/ORC poll released last week found that 62 percent of registered voters had no opinion of Pence.
''', r'''
said || two Republicans with knowledge of the decision || Donald Trump has chosen Indiana Gov. Mike Pence as his running mate || A
described || aides || a final round of conversations || A
said || One of the Republicans || Trump had wavered until late Thursday morning and had asked several advisers whether Pence was “tough enough.” || A
asked || Trump @@ said Trump had wavered || whether Pence was “tough enough.” || P
said || The person || Trump’s children, particularly Ivanka and Donald Jr., had pushed hard for the Indiana governor || A
denied || Trump himself || he had made a final decision || P
said || he @@ he said in an interview || “I haven’t decided,” || P
told || His campaign chairman, Paul Manafort || the nominee would make his announcement “on his own schedule.” || P
told || Gingrich @@ Gingrich, who had lobbied || he would “absolutely” accept a role in a Trump administration || P
said || The former speaker || he did not believe the choice had been a rejection of him || P
believe || he @@ said he did not believe || the choice had been a rejection of him || P
said || Christie @@ Christie, campaigning || he had “no regrets.” || P
said || A Christie ally || the governor had been told earlier in the week that he was unlikely to be selected || A
told || - || he was unlikely to be selected || U
said || He @@ He said Christie || Christie took the news “like a pro.” || A
said || Tony Perkins, president of the Family Research Council || Pence would reassure evangelicals who remain wary of Trump || P
calling || a statement @@ issued a statement calling || him “a solid conservative” || D
praising || a statement @@ issued a statement calling || his record on taxes || D
describing || a video || Pence as “the most extreme pick in a generation,” || D
said || Sen. Tim Kaine of Virginia || the governor’s record on gay rights would be “a real problem in swing states.” || P
found || A CNN/ORC poll released last week || 62 percent of registered voters had no opinion of Pence || D
''')


# ======================================================================== engine
def occurrences(text, s):
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r'(?<![A-Za-z0-9])' + pat
    if s[-1].isalnum():
        pat = pat + r'(?![A-Za-z0-9])'
    return [m.start() for m in re.finditer(pat, text)]


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


REPORT = []


def locate(text, spec, near=None, what=""):
    spec = spec.strip()
    if " @@ " in spec:
        s, ctx = spec.split(" @@ ", 1)
        ctx = ctx.replace("\\n", "\n")
        occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
        assert len(occ) == 1, f"context {ctx!r} occurs {len(occ)} times"
        inner = occurrences(ctx, s)
        assert len(inner) == 1, f"{s!r} occurs {len(inner)} times in context {ctx!r}"
        st = occ[0] + inner[0]
    else:
        s = spec
        occ = occurrences(text, s)
        assert occ, f"{what} {s!r} not found"
        if len(occ) == 1:
            st = occ[0]
        else:
            assert near is not None, f"{what} {s!r} ambiguous ({len(occ)}) and no anchor"
            occ.sort(key=lambda o: gap((o, o + len(s)), near))
            st = occ[0]
            REPORT.append((what, s, st))
    assert text[st:st + len(s)] == s
    return st, st + len(s)


def mk(text, st, en):
    return {"start": st, "end": en, "text": text[st:en]}


def build() -> list[dict]:
    """Every article with its attributions, checked."""
    out = []
    for did, text, ann in DOCS:
        wc = len(text.split())
        assert 250 <= wc <= 400, (did, wc)
        attrs = [_attribution(did, text, line) for line in ann.splitlines() if line.strip()]
        attrs.sort(key=lambda a: a["cue"]["start"])
        out.append({"doc_id": did, "text": text, "split": "blind", "attributions": attrs})
    for d in out:  # straight quotes in d01-d06, curly in d07-d12
        n = int(d["doc_id"][1:])
        if n <= 6:
            assert "\u201c" not in d["text"] and "\u2019" not in d["text"], d["doc_id"]
        else:
            assert '"' not in d["text"] and "'" not in d["text"], d["doc_id"]
        for a in d["attributions"]:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp:
                    assert d["text"][sp["start"]:sp["end"]] == sp["text"]
    return out


def _attribution(did: str, text: str, line: str) -> dict:
    f = [x.strip() for x in line.split(" || ")]
    assert len(f) == 4, line
    cue_s, src_s, con_s, typ = f
    frags = [locate(text, p, what=f"{did} content") for p in con_s.split(" ## ")]
    c_st, c_en = frags[0][0], frags[-1][1]
    content = mk(text, c_st, c_en)
    if len(frags) > 1:
        content["fragments"] = [[a, b] for a, b in frags]
    cue = locate(text, cue_s, near=(c_st, c_en), what=f"{did} cue")
    src_d = None
    if src_s != "-":
        src = locate(text, src_s, near=cue, what=f"{did} source")
        src_d = mk(text, *src)
        assert gap(src, cue) > 0 or src[1] <= cue[0] or src[0] >= cue[1], line
    if len(frags) == 1:
        assert not (c_st <= cue[0] < c_en), f"cue inside content: {line}"
    else:
        assert any(frags[i][1] <= cue[0] and cue[1] <= frags[i + 1][0]
                   for i in range(len(frags) - 1)), line
    assert not content["text"].startswith("that ") or content["text"] in (
        "that claim", "that figure", "that message"), line
    assert not content["text"].endswith("."), line
    return {"cue": mk(text, *cue), "source": src_d, "content": content, "source_type": TYPES[typ]}


def main(argv: list[str]) -> int:
    code = write_or_check(build(), HERE / "blind4.jsonl", [a for a in argv if a != "-v"],
                          __doc__.split("\n\n")[0])
    if "-v" in argv:
        _report()
    return code


def _report() -> None:
    print("\nNearest-occurrence resolutions (check by eye):")
    texts = {d: t for d, t, _ in DOCS}
    for what, s, st in REPORT:
        did = what.split()[0]
        t = texts[did]
        print(f"{what:14s} {s!r:10s} ...{t[max(0, st - 35):st]}[[{s}]]{t[st + len(s):st + len(s) + 35]}...".replace("\n", " "))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
