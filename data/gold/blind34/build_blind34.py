#!/usr/bin/env python3
"""Build ``blind34.jsonl``: the thirty-fourth batch of blind test articles (session 16).

12 invented 2016 aggregation posts that retell other outlets' reporting, quotes from TV and other
papers, and the unnamed sources those outlets cite, written and annotated by a helper session
that never read claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for
errors.

Usage: ``python data/gold/blind34/build_blind34.py [--check]`` (``--check``: exit 1 if
blind34.jsonl is stale).

The helper's own notes on the format follow.

Build the blind34 test set: 12 invented aggregation-style political news
articles (2016 style) with hand attribution annotations.

All texts and quotes are invented.  Offsets are COMPUTED from the text.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* CONTENT fragments of a split quote are separated by " ++ ".
* SOURCE "-" means no source (null).
* Any span may be written "span@@context": the context string must occur
  exactly once in the text and contain the span; the first occurrence of the
  span inside the context is used.
* Without a context: each content fragment must occur exactly once in the
  text; the cue is the (word-bounded) occurrence nearest to the content that
  does not overlap it; the source is the occurrence nearest to the cue that
  overlaps neither cue nor content.  Every choice among several candidates is
  printed by `python3 build_blind34.py --review` for checking by eye.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

DOCS = []

# ---------------------------------------------------------------- k01
DOCS.append(("k01", """Clinton's Michigan Problem Comes Into View

Hillary Clinton's campaign is increasingly nervous about turnout among working-class voters in Michigan, according to a report published Sunday by Politico.

Several Democratic operatives in the state told Politico that the campaign had shifted canvassers away from Detroit's suburbs in September. "We were begging for help and they sent us yard signs," one Michigan union official told the outlet.

Politico also noted that Clinton has not held a public event in Michigan since the Democratic primary, which she lost to Sen. Bernie Sanders (I-VT).

Campaign manager Robby Mook pushed back on Monday. "Our data shows us exactly where we need to be, and we are confident in our ground game," Mook told reporters in Brooklyn.

But the doubts are not confined to local activists. Two senior Democratic aides on Capitol Hill told the Washington Post that party leaders had urged Brooklyn to send Clinton back to Michigan before Election Day. According to the Post, House Minority Leader Nancy Pelosi raised the issue directly with campaign chairman John Podesta.

A Pelosi spokesman, Drew Hammill, declined to comment.

Meanwhile, Donald Trump has seized on the reports. The Republican nominee told a crowd in Grand Rapids on Monday night that Clinton "has given up on Michigan" and "doesn't care about your jobs."

"She took your votes for granted, and now she thinks she can take them again," Trump said. "Not this time."

A new Detroit Free Press poll found Clinton leading Trump by four points among likely voters, down from eleven points a month ago. The Free Press wrote that the race had "tightened considerably" among voters without college degrees.

Trump's campaign manager, Kellyanne Conway, said on Fox News that the Republican nominee would return to the state twice more before November 8. She argued that Michigan voters "are tired of being ignored by the Clinton machine."

As Breitbart News reported last month, Trump's internal polling has long shown a path to victory through the industrial Midwest.

Clinton's campaign did not respond to a request for comment.
""", """
according to || a report published Sunday by Politico || Hillary Clinton's campaign is increasingly nervous about turnout among working-class voters in Michigan || media
told || Several Democratic operatives in the state || the campaign had shifted canvassers away from Detroit's suburbs in September || anonymous
told || one Michigan union official || "We were begging for help and they sent us yard signs," || anonymous
also noted || Politico || Clinton has not held a public event in Michigan since the Democratic primary, which she lost to Sen. Bernie Sanders (I-VT) || media
told || Mook || "Our data shows us exactly where we need to be, and we are confident in our ground game," || named_person
told || Two senior Democratic aides on Capitol Hill || party leaders had urged Brooklyn to send Clinton back to Michigan before Election Day || anonymous
According to || the Post || House Minority Leader Nancy Pelosi raised the issue directly with campaign chairman John Podesta || media
told || The Republican nominee || Clinton "has given up on Michigan" and "doesn't care about your jobs." || named_person
said || Trump || "She took your votes for granted, and now she thinks she can take them again," ++ "Not this time." || named_person
found || A new Detroit Free Press poll || Clinton leading Trump by four points among likely voters, down from eleven points a month ago || document
wrote || The Free Press || the race had "tightened considerably" among voters without college degrees || media
said || Trump's campaign manager, Kellyanne Conway || the Republican nominee would return to the state twice more before November 8 || named_person
argued || She || Michigan voters "are tired of being ignored by the Clinton machine." || named_person
reported || Breitbart News || Trump's internal polling has long shown a path to victory through the industrial Midwest || media
"""))

# ---------------------------------------------------------------- k02
DOCS.append(("k02", """Trump's Latest Debate Ultimatum

The presidential debates could be headed for another Donald Trump showdown.

In an interview with The New York Times published Tuesday, the Republican nominee said he would consider skipping the second debate if the commission did not replace the moderator. "I think it's a rigged deal, frankly, and everybody knows it," Trump told the Times. "Why would I walk into that?"

The Times noted that Trump made similar threats during the primaries before ultimately appearing on stage.

Clinton's campaign wasted little time responding. "Donald Trump is afraid of a fair fight, and voters can see it," spokesman Brian Fallon said in a statement.

The Commission on Presidential Debates said Tuesday afternoon that it had no plans to change the moderators. A commission official told CNN that the group had not received a formal complaint from the Trump campaign.

Behind the scenes, some Republicans are alarmed. Three GOP strategists who advised rival campaigns during the primary told HuffPost they fear Trump is looking for an excuse to avoid a second bad night. One of them said the nominee "simply does not prepare, and his people know it."

Republican National Committee chairman Reince Priebus struck a more optimistic note. Appearing on ABC's "This Week," Priebus insisted that Trump "will be there, and he'll do great."

Trump's running mate, Indiana Gov. Mike Pence, told reporters in Virginia that he expected the debate to go forward. Pence added that the campaign had "every confidence" in the nominee.

According to a Quinnipiac University poll released last week, 61 percent of likely voters believe Clinton won the first debate.

The last time Trump skipped a debate, in January, he held a rally for veterans in Des Moines instead. Fox News later reported that the network's ratings for that debate dropped by nearly a third.

It is not clear whether Trump is serious this time. As HuffPost has reported, the nominee often floats threats in interviews and then quietly drops them.
""", """
said || the Republican nominee || he would consider skipping the second debate if the commission did not replace the moderator || named_person
told || Trump || "I think it's a rigged deal, frankly, and everybody knows it," ++ "Why would I walk into that?" || named_person
noted || The Times || Trump made similar threats during the primaries before ultimately appearing on stage || media
said || spokesman Brian Fallon || "Donald Trump is afraid of a fair fight, and voters can see it," || named_person
said || The Commission on Presidential Debates || it had no plans to change the moderators || named_org
told || A commission official || the group had not received a formal complaint from the Trump campaign || anonymous
told || Three GOP strategists who advised rival campaigns during the primary || they fear Trump is looking for an excuse to avoid a second bad night || anonymous
said || One of them || the nominee "simply does not prepare, and his people know it." || anonymous
insisted || Priebus || Trump "will be there, and he'll do great." || named_person
told || Trump's running mate, Indiana Gov. Mike Pence || he expected the debate to go forward || named_person
added || Pence || the campaign had "every confidence" in the nominee || named_person
According to || a Quinnipiac University poll released last week || 61 percent of likely voters believe Clinton won the first debate || document
later reported || Fox News || the network's ratings for that debate dropped by nearly a third || media
has reported || HuffPost || the nominee often floats threats in interviews and then quietly drops them || media
"""))

# ---------------------------------------------------------------- k03
DOCS.append(("k03", """Inside the FBI's Clinton Email Headache

Rank-and-file FBI agents were frustrated by Director James Comey's decision not to recommend charges against Hillary Clinton, CNN reported Thursday.

Several current and former bureau officials told the network that some investigators believed the case against Clinton's top aides should have gone to a grand jury. One former agent said the mood inside the Washington field office was "toxic."

The FBI pushed back. "The Director has full confidence in the integrity of this investigation and of the agents who conducted it," the bureau said in a statement to CNN.

Comey himself has not wavered. Testifying before the House Oversight Committee in July, he said that "no reasonable prosecutor" would have brought the case.

Republicans are not convinced. House Oversight Chairman Jason Chaffetz (R-UT) told Fox News' Bret Baier on Thursday that the committee would seek the notes of every agent who interviewed Clinton. "If there was dissent, the American people deserve to know about it," Chaffetz said.

Senate Majority Leader Mitch McConnell was more cautious, telling reporters only that he expected the inspector general to "look at all of it."

The Clinton campaign said the CNN story was old news. Campaign spokesman Brian Fallon tweeted that Republicans "are trying to relitigate a closed case because they are losing the argument on everything else."

The report comes one week after The Wall Street Journal revealed that agents in New York had pressed to open a separate inquiry into the Clinton Foundation. According to the Journal, senior Justice Department officials rejected the request in February.

A Justice Department spokeswoman said the department does not discuss ongoing investigations.

Donald Trump, for his part, has made the issue a centerpiece of his closing argument. "She should never have been allowed to run," the Republican nominee said at a rally in Ohio on Thursday night.

Whether the frustration inside the bureau will lead to anything more remains unclear. But as the Daily Caller noted in August, congressional Republicans have already subpoenaed three of the agents involved.
""", """
reported || CNN || Rank-and-file FBI agents were frustrated by Director James Comey's decision not to recommend charges against Hillary Clinton || media
told || Several current and former bureau officials || some investigators believed the case against Clinton's top aides should have gone to a grand jury || anonymous
said || One former agent || the mood inside the Washington field office was "toxic." || anonymous
said || the bureau || "The Director has full confidence in the integrity of this investigation and of the agents who conducted it," || named_org
said || he || "no reasonable prosecutor" would have brought the case || named_person
told || House Oversight Chairman Jason Chaffetz (R-UT) || the committee would seek the notes of every agent who interviewed Clinton || named_person
said || Chaffetz || "If there was dissent, the American people deserve to know about it," || named_person
telling || Senate Majority Leader Mitch McConnell || he expected the inspector general to "look at all of it." || named_person
said || The Clinton campaign || the CNN story was old news || named_org
tweeted || Campaign spokesman Brian Fallon || Republicans "are trying to relitigate a closed case because they are losing the argument on everything else." || named_person
revealed || The Wall Street Journal || agents in New York had pressed to open a separate inquiry into the Clinton Foundation || media
According to || the Journal || senior Justice Department officials rejected the request in February || media
said || A Justice Department spokeswoman || the department does not discuss ongoing investigations || anonymous
said || the Republican nominee || "She should never have been allowed to run," || named_person
noted || the Daily Caller || congressional Republicans have already subpoenaed three of the agents involved || media
"""))

# ---------------------------------------------------------------- k04
DOCS.append(("k04", """Sanders Delegates and the Philadelphia Question

Some of Sen. Bernie Sanders' most loyal delegates are preparing to protest on the floor of the Democratic National Convention, as Politico first reported Monday.

Organizers told the outlet they had collected signatures from more than 200 delegates who want to formally object to the party's rules on superdelegates. "We are not going to be a rubber stamp," one California delegate said.

The Vermont senator has said his supporters should not disrupt the proceedings. In an interview with CBS' "Face the Nation" on Sunday, Sanders said he understood the anger but hoped delegates would "focus on the issues, not on the theatrics."

Clinton campaign chairman John Podesta told reporters in Philadelphia that the campaign was "not worried" about a floor fight. "Senator Sanders has been gracious, and we expect his delegates to follow his lead," Podesta said.

Behind the scenes, the mood is less relaxed. Two Democratic National Committee staffers told The Hill that the party had hired extra security for the Wells Fargo Center in anticipation of demonstrations. The Hill reported that DNC officials had also drafted a contingency plan to shorten Tuesday's roll call.

The tension follows last week's release of internal DNC emails by WikiLeaks. According to the emails, several party officials discussed ways to undermine the Sanders campaign during the primary.

Sanders' former campaign manager, Jeff Weaver, said on MSNBC that the emails confirmed what supporters had suspected for months. "This was never a level playing field," Weaver said.

Across the aisle, the mood was different. Donald Trump tweeted Monday morning that Sanders supporters were "very angry" and "should come to our side."

A CNN/ORC poll released last week showed that only 57 percent of Sanders voters plan to support Clinton in November.

Whether those holdouts come around may depend on what happens in Philadelphia this week.
""", """
first reported || Politico || Some of Sen. Bernie Sanders' most loyal delegates are preparing to protest on the floor of the Democratic National Convention || media
told || Organizers || they had collected signatures from more than 200 delegates who want to formally object to the party's rules on superdelegates || anonymous
said || one California delegate || "We are not going to be a rubber stamp," || anonymous
has said || The Vermont senator || his supporters should not disrupt the proceedings || named_person
said || Sanders || he understood the anger but hoped delegates would "focus on the issues, not on the theatrics." || named_person
told || Clinton campaign chairman John Podesta || the campaign was "not worried" about a floor fight || named_person
said || Podesta || "Senator Sanders has been gracious, and we expect his delegates to follow his lead," || named_person
told || Two Democratic National Committee staffers || the party had hired extra security for the Wells Fargo Center in anticipation of demonstrations || anonymous
reported || The Hill@@The Hill reported || DNC officials had also drafted a contingency plan to shorten Tuesday's roll call || media
According to || the emails || several party officials discussed ways to undermine the Sanders campaign during the primary || document
said || Sanders' former campaign manager, Jeff Weaver || the emails confirmed what supporters had suspected for months || named_person
said || Weaver || "This was never a level playing field," || named_person
tweeted || Donald Trump || Sanders supporters were "very angry" and "should come to our side." || named_person
showed || A CNN/ORC poll released last week || only 57 percent of Sanders voters plan to support Clinton in November || document
"""))

# ---------------------------------------------------------------- k05
DOCS.append(("k05", """Ryan Faces Conservative Backlash Over Trump Break

House Speaker Paul Ryan told House Republicans on a conference call Monday that he would no longer defend or campaign with Donald Trump. The decision has set off a furious backlash from the conservative base.

Several lawmakers on the call pushed back, according to The Washington Post. Rep. Dana Rohrabacher (R-CA) told Ryan he was "throwing in the towel," according to two people who listened to the call.

Trump responded on Twitter within hours. "Paul Ryan should spend more time on balancing the budget, jobs and illegal immigration and not waste his time fighting the Republican nominee," Trump wrote.

Conservative radio host Laura Ingraham said on her program Tuesday that Ryan had "abandoned the voters who put him in power."

Ryan's office insisted the speaker had not withdrawn his endorsement of the nominee. "The speaker is focused on protecting our majority in the House," spokeswoman AshLee Strong said in an email.

It was announced later Tuesday that Ryan would hold a previously scheduled fundraiser in Wisconsin with Senate candidates but without any Trump surrogates.

A Politico/Morning Consult poll found that 67 percent of Republican voters disagreed with Ryan's decision.

Senate Majority Leader Mitch McConnell has stayed out of the fight. Asked about Ryan on Tuesday, McConnell told reporters he was "not going to comment on the speaker's choices."

Some House conservatives believe Ryan's move could cost him the speakership in January. Rep. Tim Huelskamp (R-KS), a frequent Ryan critic, told Breitbart News that "the votes are not there" for Ryan to be re-elected speaker without changes.

The speaker's allies are unmoved. Rep. Tom Cole (R-OK) said on CNN that Ryan was "doing exactly what a leader should do" and that the conference would rally behind him after the election.

Ryan will appear with House candidates in Wisconsin and Pennsylvania later this week.
""", """
told || House Speaker Paul Ryan || he would no longer defend or campaign with Donald Trump || named_person
according to || The Washington Post || Several lawmakers on the call pushed back || media
according to || two people who listened to the call || Rep. Dana Rohrabacher (R-CA) told Ryan he was "throwing in the towel," || anonymous
wrote || Trump || "Paul Ryan should spend more time on balancing the budget, jobs and illegal immigration and not waste his time fighting the Republican nominee," || named_person
said || Conservative radio host Laura Ingraham || Ryan had "abandoned the voters who put him in power." || named_person
insisted || Ryan's office || the speaker had not withdrawn his endorsement of the nominee || named_org
said || spokeswoman AshLee Strong || "The speaker is focused on protecting our majority in the House," || named_person
was announced || - || Ryan would hold a previously scheduled fundraiser in Wisconsin with Senate candidates but without any Trump surrogates || unknown
found || A Politico/Morning Consult poll || 67 percent of Republican voters disagreed with Ryan's decision || document
told || McConnell || he was "not going to comment on the speaker's choices." || named_person
believe || Some House conservatives || Ryan's move could cost him the speakership in January || anonymous
told || Rep. Tim Huelskamp (R-KS), a frequent Ryan critic || "the votes are not there" for Ryan to be re-elected speaker without changes || named_person
said || Rep. Tom Cole (R-OK) || Ryan was "doing exactly what a leader should do" and that the conference would rally behind him after the election || named_person
"""))

# ---------------------------------------------------------------- k06
DOCS.append(("k06", """Cruz's Convention Snub, One Week Later

A week after his non-endorsement speech in Cleveland, Sen. Ted Cruz (R-TX) is showing no signs of regret.

"I am not in the habit of supporting people who attack my wife and attack my father," Cruz told the Texas delegation the morning after his speech. CNN later obtained video of the remarks.

In an interview with the Texas Tribune published Wednesday, Cruz said he had "no intention" of changing his mind before November. He added that voters should "vote their conscience," the same phrase that drew boos on the convention floor.

Not everyone in Texas is applauding. Several major Texas donors have privately complained that the senator damaged his chances for 2020, according to the Houston Chronicle.

One Houston oilman who gave more than $1 million to a pro-Cruz super PAC told the paper that he would not write another check. "Ted made it about Ted," the donor said.

Trump, for his part, has kept up the attacks. Speaking to reporters in Scranton, Pennsylvania, on Wednesday, the Republican nominee said Cruz was "a very dishonest guy" and that he would not accept Cruz's endorsement "even if he begged."

RNC Chairman Reince Priebus suggested on CNN's "State of the Union" that Cruz could face consequences. "People are going to remember who was with the team and who wasn't," Priebus said.

Some conservatives have rallied to Cruz's defense. Erick Erickson wrote on his blog, The Resurgent, that Cruz "did the honorable thing" by refusing to "bend the knee."

A WFAA-TV poll of Texas Republicans found that 48 percent viewed Cruz less favorably after the convention, while 31 percent had not changed their view of him.

Cruz's office did not respond to a request for comment from HuffPost.
""", """
told || Cruz || "I am not in the habit of supporting people who attack my wife and attack my father," || named_person
said || Cruz@@Cruz said || he had "no intention" of changing his mind before November || named_person
added || He || voters should "vote their conscience," || named_person
according to || the Houston Chronicle || Several major Texas donors have privately complained that the senator damaged his chances for 2020 || media
told || One Houston oilman who gave more than $1 million to a pro-Cruz super PAC || he would not write another check || anonymous
said || the donor || "Ted made it about Ted," || anonymous
said || the Republican nominee || Cruz was "a very dishonest guy" and that he would not accept Cruz's endorsement "even if he begged." || named_person
suggested || RNC Chairman Reince Priebus || Cruz could face consequences || named_person
said || Priebus@@Priebus said || "People are going to remember who was with the team and who wasn't," || named_person
wrote || Erick Erickson || Cruz "did the honorable thing" by refusing to "bend the knee." || named_person
found || A WFAA-TV poll of Texas Republicans || 48 percent viewed Cruz less favorably after the convention, while 31 percent had not changed their view of him || document
"""))

# ---------------------------------------------------------------- k07
DOCS.append(("k07", """White House Maps Out Obama’s Fall Schedule

President Barack Obama will campaign for Hillary Clinton in at least six battleground states before Election Day, The Associated Press reported Wednesday.

White House press secretary Josh Earnest did not dispute the report at his daily briefing. “The president is looking forward to making the case for Secretary Clinton,” Earnest told reporters. “He’s going to do that in as many places as his schedule allows.”

According to the AP, the president’s first stop will be Philadelphia, where he is expected to speak at a rally with Clinton and Sen. Tim Kaine next Tuesday.

Obama has grown more blunt about Donald Trump in recent weeks. In an interview with NBC’s Lester Holt that aired Tuesday, the president said the Republican nominee was “uniquely unqualified” to hold the office.

The Trump campaign hit back quickly. “President Obama has spent eight years failing the American people, and now he wants to hand the job to a third term of failure,” Trump spokesman Jason Miller said in a statement.

Some Democrats worry the president’s appearances could energize Republicans as much as Democrats. One Democratic senator facing a tough race told The Hill that he would prefer Obama stay away from his state. “I love the guy, but I’m not sure he helps me in the rural counties,” the senator said.

Clinton’s campaign, by contrast, believes Obama is its most valuable surrogate. A Clinton aide told Politico that internal data showed Obama “moves numbers” among young and African American voters. Turnout among both groups has lagged in early voting.

A Gallup survey released this week found Obama’s approval rating at 54 percent, the highest of his second term.

First lady Michelle Obama will also hit the trail. The Washington Post reported last month that she had agreed to headline events in North Carolina and New Hampshire.

Earnest would not say whether the president would campaign in Ohio or Florida, the two states where Clinton’s lead is narrowest. “We’ll have more on the schedule as we get closer,” he said.
""", """
reported || The Associated Press || President Barack Obama will campaign for Hillary Clinton in at least six battleground states before Election Day || media
told || Earnest@@Earnest told || “The president is looking forward to making the case for Secretary Clinton,” ++ “He’s going to do that in as many places as his schedule allows.” || named_person
According to || the AP || the president’s first stop will be Philadelphia, where he is expected to speak at a rally with Clinton and Sen. Tim Kaine next Tuesday || media
said || the president@@the president said || the Republican nominee was “uniquely unqualified” to hold the office || named_person
said || Trump spokesman Jason Miller || “President Obama has spent eight years failing the American people, and now he wants to hand the job to a third term of failure,” || named_person
worry || Some Democrats || the president’s appearances could energize Republicans as much as Democrats || anonymous
told || One Democratic senator facing a tough race || he would prefer Obama stay away from his state || anonymous
said || the senator || “I love the guy, but I’m not sure he helps me in the rural counties,” || anonymous
believes || Clinton’s campaign || Obama is its most valuable surrogate || named_org
told || A Clinton aide || internal data showed Obama “moves numbers” among young and African American voters || anonymous
found || A Gallup survey released this week || Obama’s approval rating at 54 percent, the highest of his second term || document
reported || The Washington Post || she had agreed to headline events in North Carolina and New Hampshire || media
said || he@@he said || “We’ll have more on the schedule as we get closer,” || named_person
"""))

# ---------------------------------------------------------------- k08
DOCS.append(("k08", """Pence Emerges From Farmville as the GOP’s Steady Hand

Indiana Gov. Mike Pence’s calm performance in Tuesday’s vice presidential debate has lifted the spirits of Republicans who have spent months wincing at the top of their ticket.

A CNN/ORC snap poll of debate watchers found that 48 percent thought Pence won, compared with 42 percent for Sen. Tim Kaine of Virginia.

“He was the adult in the room,” Sen. Lindsey Graham (R-SC) told Fox News on Wednesday morning. “I wish we had seen that Mike Pence at the top of the ticket.”

The Daily Caller reported that donors who had stopped returning the campaign’s calls were suddenly reaching out again. One major bundler told the outlet that his phone “has not stopped ringing” since the debate ended.

But the debate also exposed daylight between Pence and Donald Trump. As The New York Times noted, Pence repeatedly declined to defend Trump’s past remarks on Russia and on his taxes, even as Kaine pressed him.

Trump himself appeared pleased. “Mike Pence did an outstanding job, and I am getting a lot of credit for choosing him,” the Republican nominee wrote on Twitter.

Democrats were unimpressed. Clinton campaign manager Robby Mook said in a conference call that Pence had spent the evening “pretending Donald Trump does not exist.” Kaine, for his part, told MSNBC’s Rachel Maddow that he “would take that trade every day,” arguing that voters would remember Trump’s words, not Pence’s.

Some GOP strategists fear the good reviews will be short-lived. “One good night for the running mate doesn’t change the fundamentals,” said one Republican operative who has worked on three presidential campaigns.

According to the RealClearPolitics polling average, Clinton still leads nationally by roughly four points.

Pence returns to the trail Thursday with a stop in Harrisonburg, Virginia.
""", """
found || A CNN/ORC snap poll of debate watchers || 48 percent thought Pence won, compared with 42 percent for Sen. Tim Kaine of Virginia || document
told || Sen. Lindsey Graham (R-SC) || “He was the adult in the room,” ++ “I wish we had seen that Mike Pence at the top of the ticket.” || named_person
reported || The Daily Caller || donors who had stopped returning the campaign’s calls were suddenly reaching out again || media
told || One major bundler || his phone “has not stopped ringing” since the debate ended || anonymous
noted || The New York Times || Pence repeatedly declined to defend Trump’s past remarks on Russia and on his taxes, even as Kaine pressed him || media
wrote || the Republican nominee || “Mike Pence did an outstanding job, and I am getting a lot of credit for choosing him,” || named_person
said || Clinton campaign manager Robby Mook || Pence had spent the evening “pretending Donald Trump does not exist.” || named_person
told || Kaine@@Kaine, for his part || he “would take that trade every day,” || named_person
arguing || Kaine@@Kaine, for his part || voters would remember Trump’s words, not Pence’s || named_person
fear || Some GOP strategists || the good reviews will be short-lived || anonymous
said || one Republican operative who has worked on three presidential campaigns || “One good night for the running mate doesn’t change the fundamentals,” || anonymous
According to || the RealClearPolitics polling average || Clinton still leads nationally by roughly four points || document
"""))

# ---------------------------------------------------------------- k09
DOCS.append(("k09", """Podesta Emails and the Foundation Question

Top advisers to Hillary Clinton were privately alarmed in 2015 about the Clinton Foundation’s ties to foreign governments, according to emails released Tuesday by WikiLeaks.

In one message, campaign chairman John Podesta wrote that the foundation’s acceptance of a donation from Qatar was “a problem we will have to own.” In another email, senior aide Huma Abedin said a 2012 meeting in Morocco was a “must” for the former president.

The Wall Street Journal noted that the foundation received $12 million from Morocco’s state-owned phosphate company the same year.

The Clinton campaign has taken a hard line. “We are not going to validate documents that were stolen by the Russian government,” spokesman Brian Fallon told reporters aboard the campaign plane.

U.S. intelligence officials have said they are “confident” the Russian government directed the hacks.

Donald Trump has made the emails a staple of his rallies. “WikiLeaks. I love WikiLeaks,” the Republican nominee told supporters in Wilkes-Barre, Pennsylvania, on Monday night. “It’s amazing how nothing is secret today.”

Trump’s running mate was more careful. Indiana Gov. Mike Pence said Tuesday that the American people “have a right to know” what the emails contain, though he added that the campaign had “no connection” to WikiLeaks.

Conservatives on Capitol Hill are pressing ahead. Rep. Jason Chaffetz (R-UT) told Breitbart News that his committee would review whether any State Department decisions were influenced by foundation donors.

The State Department has said repeatedly that Clinton’s decisions as secretary were never affected by donations to the foundation. A department spokesman, John Kirby, said Wednesday there was “no evidence whatsoever” of wrongdoing.

A Fox News poll conducted last week found that 56 percent of voters believe the foundation is a conflict of interest for Clinton.

WikiLeaks founder Julian Assange has promised more releases before Election Day.
""", """
according to || emails released Tuesday by WikiLeaks || Top advisers to Hillary Clinton were privately alarmed in 2015 about the Clinton Foundation’s ties to foreign governments || document
wrote || campaign chairman John Podesta || the foundation’s acceptance of a donation from Qatar was “a problem we will have to own.” || named_person
said || senior aide Huma Abedin || a 2012 meeting in Morocco was a “must” for the former president || named_person
noted || The Wall Street Journal || the foundation received $12 million from Morocco’s state-owned phosphate company the same year || media
told || spokesman Brian Fallon || “We are not going to validate documents that were stolen by the Russian government,” || named_person
have said || U.S. intelligence officials || they are “confident” the Russian government directed the hacks || anonymous
told || the Republican nominee || “WikiLeaks. I love WikiLeaks,” ++ “It’s amazing how nothing is secret today.” || named_person
said || Indiana Gov. Mike Pence || the American people “have a right to know” what the emails contain || named_person
added || he || the campaign had “no connection” to WikiLeaks || named_person
told || Rep. Jason Chaffetz (R-UT) || his committee would review whether any State Department decisions were influenced by foundation donors || named_person
has said || The State Department || Clinton’s decisions as secretary were never affected by donations to the foundation || named_org
said || A department spokesman, John Kirby || there was “no evidence whatsoever” of wrongdoing || named_person
found || A Fox News poll conducted last week || 56 percent of voters believe the foundation is a conflict of interest for Clinton || document
has promised || WikiLeaks founder Julian Assange || more releases before Election Day || named_person
"""))

# ---------------------------------------------------------------- k10
DOCS.append(("k10", """Appeals Court Strikes Down North Carolina Voter ID Law

A federal appeals court on Friday struck down North Carolina’s voter identification law, ruling that Republican lawmakers had targeted African American voters “with unmistakable deliberateness.”

The three-judge panel of the 4th U.S. Circuit Court of Appeals found that the 2013 law’s requirements were enacted with discriminatory intent, The News & Observer reported.

Writing for the court, Judge Diana Gribbon Motz said the legislature had requested data on voting practices by race before drafting the bill. “The State could not point to a single case of in-person fraud that the law would have prevented,” Motz wrote.

Gov. Pat McCrory (R) said in a statement that the state would appeal to the Supreme Court. “Every honest voter in North Carolina benefits from a system that can be trusted,” the governor said, “and this ruling undermines that.”

Civil rights groups were jubilant. The Rev. William Barber, president of the North Carolina NAACP, told reporters in Raleigh that the ruling was “a resounding victory for democracy.”

The decision is the latest in a string of setbacks for GOP-backed voting laws. As The Washington Post noted, courts have blocked or weakened similar measures in Wisconsin, Texas and Kansas in the past two weeks.

Republicans in Raleigh are furious. State House Speaker Tim Moore accused the judges of “legislating from the bench,” according to WRAL.

Donald Trump has warned supporters repeatedly that the election could be “rigged,” and some Democrats fear the ruling will feed that narrative. In an interview with The Washington Post last week, Trump said voter ID laws were needed because “people are voting many, many times.”

The Justice Department said it was “pleased” with the outcome.

A recent Elon University poll found that 58 percent of North Carolina voters support requiring photo identification at the polls.
""", """
ruling || A federal appeals court || Republican lawmakers had targeted African American voters “with unmistakable deliberateness.” || named_org
reported || The News & Observer || The three-judge panel of the 4th U.S. Circuit Court of Appeals found that the 2013 law’s requirements were enacted with discriminatory intent || media
said || Judge Diana Gribbon Motz || the legislature had requested data on voting practices by race before drafting the bill || named_person
wrote || Motz@@Motz wrote || “The State could not point to a single case of in-person fraud that the law would have prevented,” || named_person
said || Gov. Pat McCrory (R) || the state would appeal to the Supreme Court || named_person
said || the governor || “Every honest voter in North Carolina benefits from a system that can be trusted,” ++ “and this ruling undermines that.” || named_person
told || The Rev. William Barber, president of the North Carolina NAACP || the ruling was “a resounding victory for democracy.” || named_person
noted || The Washington Post || courts have blocked or weakened similar measures in Wisconsin, Texas and Kansas in the past two weeks || media
according to || WRAL || State House Speaker Tim Moore accused the judges of “legislating from the bench,” || media
has warned || Donald Trump || the election could be “rigged,” || named_person
fear || some Democrats || the ruling will feed that narrative || anonymous
said || Trump@@Trump said || voter ID laws were needed because “people are voting many, many times.” || named_person
said || The Justice Department || it was “pleased” with the outcome || named_org
found || A recent Elon University poll || 58 percent of North Carolina voters support requiring photo identification at the polls || document
"""))

# ---------------------------------------------------------------- k11
DOCS.append(("k11", """Inside the Trump Campaign Shake-Up

Donald Trump’s decision to bring on Breitbart News chairman Stephen Bannon as campaign chief executive caught even some senior aides by surprise, according to people close to the campaign.

Campaign chairman Paul Manafort learned of the move only hours before it was announced, The New York Times reported.

Trump told The Wall Street Journal on Wednesday that the changes were about adding talent, not sidelining anyone. “I’ve been winning my whole life, and I want to keep winning,” he said. “Paul is doing a great job.”

Kellyanne Conway, the pollster promoted to campaign manager, told CNN’s Chris Cuomo that Trump would begin to “pivot” toward more detailed policy speeches. “He’s going to be himself, but you’ll see more substance,” Conway said.

Some in the party are skeptical. One Republican strategist close to the campaign told Politico that Bannon’s arrival signals the opposite: a harder-edged, more populist message aimed squarely at the GOP base. “They’re going to let Trump be Trump,” the strategist said.

Manafort’s standing was already shaky. According to The Associated Press, he helped steer a covert lobbying operation on behalf of Ukraine’s ruling party while it was in power. Manafort has said he did nothing wrong.

RNC chairman Reince Priebus sounded upbeat. “It’s a sign of a campaign that’s growing,” Priebus told reporters at a stop in Wisconsin.

Democrats pounced on the hire. Clinton campaign manager Robby Mook said in a statement that Trump had “chosen the politics of grievance over any attempt at a real campaign.”

Inside Trump Tower, the mood is tense. Several campaign staffers told The Daily Caller that they had been instructed not to speak to reporters about the shake-up. One staffer said the new team “wants total control of the message.”

A Monmouth University poll released Monday showed Clinton ahead by seven points nationally.
""", """
according to || people close to the campaign || Donald Trump’s decision to bring on Breitbart News chairman Stephen Bannon as campaign chief executive caught even some senior aides by surprise || anonymous
reported || The New York Times || Campaign chairman Paul Manafort learned of the move only hours before it was announced || media
told || Trump@@Trump told || the changes were about adding talent, not sidelining anyone || named_person
said || he || “I’ve been winning my whole life, and I want to keep winning,” ++ “Paul is doing a great job.” || named_person
told || Kellyanne Conway, the pollster promoted to campaign manager || Trump would begin to “pivot” toward more detailed policy speeches || named_person
said || Conway@@Conway said || “He’s going to be himself, but you’ll see more substance,” || named_person
told || One Republican strategist close to the campaign || Bannon’s arrival signals the opposite: a harder-edged, more populist message aimed squarely at the GOP base || anonymous
said || the strategist || “They’re going to let Trump be Trump,” || anonymous
According to || The Associated Press || he helped steer a covert lobbying operation on behalf of Ukraine’s ruling party while it was in power || media
has said || Manafort@@Manafort has said || he did nothing wrong || named_person
told || Priebus@@Priebus told || “It’s a sign of a campaign that’s growing,” || named_person
said || Clinton campaign manager Robby Mook || Trump had “chosen the politics of grievance over any attempt at a real campaign.” || named_person
told || Several campaign staffers || they had been instructed not to speak to reporters about the shake-up || anonymous
said || One staffer || the new team “wants total control of the message.” || anonymous
showed || A Monmouth University poll released Monday || Clinton ahead by seven points nationally || document
"""))

# ---------------------------------------------------------------- k12
DOCS.append(("k12", """Rubio Reverses Course on Senate Run

Sen. Marco Rubio (R-FL) will seek re-election to the Senate after all, the Miami Herald reported Wednesday. The decision is a sharp turn for the former presidential candidate.

“Florida deserves a senator who will stand up to whoever wins in November, and I intend to be that senator,” Rubio said in a statement.

Rubio had told reporters as recently as May that he had “no interest” in running. According to the Herald, Senate Majority Leader Mitch McConnell and other GOP leaders personally lobbied him over the past several weeks, arguing that he was the party’s best hope of holding the seat.

McConnell was candid in an interview with Fox News. “Marco is a proven winner, and we made sure he knew how much we wanted him back,” the majority leader said.

Rubio’s decision forced Florida Lt. Gov. Carlos Lopez-Cantera, a close friend, out of the race. Lopez-Cantera told WFLA that he had encouraged Rubio to run and would “fully support” him.

Democrats wasted no time. Rep. Patrick Murphy, the likely Democratic nominee, said Rubio was “using Florida as a consolation prize” after his failed White House bid.

The Democratic Senatorial Campaign Committee released a web video within hours. “Marco Rubio doesn’t want to be a senator. He wants a stepping stone,” the video’s narrator says.

Some conservatives remain unconvinced. Erick Erickson wrote that voters should ask whether Rubio would “serve a full six years or run for president again in 2020.”

Asked about that on CNN’s “State of the Union,” Rubio said he would not “make any pledges” about his future. “I’m running for the Senate. That’s the only race I’m thinking about,” he added.

Trump, a bitter rival during the primary, was supportive. “Happy to see Marco run. We need to keep the Senate!” the Republican nominee wrote on Twitter.

A Quinnipiac University poll released last week found Rubio leading Murphy 47 percent to 40 percent in a hypothetical matchup.
""", """
reported || the Miami Herald || Sen. Marco Rubio (R-FL) will seek re-election to the Senate after all || media
said || Rubio@@Rubio said in a statement || “Florida deserves a senator who will stand up to whoever wins in November, and I intend to be that senator,” || named_person
had told || Rubio@@Rubio had told || he had “no interest” in running || named_person
According to || the Herald || Senate Majority Leader Mitch McConnell and other GOP leaders personally lobbied him over the past several weeks, arguing that he was the party’s best hope of holding the seat || media
said || the majority leader || “Marco is a proven winner, and we made sure he knew how much we wanted him back,” || named_person
told || Lopez-Cantera@@Lopez-Cantera told || he had encouraged Rubio to run and would “fully support” him || named_person
said || Rep. Patrick Murphy, the likely Democratic nominee || Rubio was “using Florida as a consolation prize” after his failed White House bid || named_person
says || the video’s narrator || “Marco Rubio doesn’t want to be a senator. He wants a stepping stone,” || document
wrote || Erick Erickson || voters should ask whether Rubio would “serve a full six years or run for president again in 2020.” || named_person
said || Rubio@@Rubio said he would not || he would not “make any pledges” about his future || named_person
added || he@@he added || “I’m running for the Senate. That’s the only race I’m thinking about,” || named_person
wrote || the Republican nominee || “Happy to see Marco run. We need to keep the Senate!” || named_person
found || A Quinnipiac University poll released last week || Rubio leading Murphy 47 percent to 40 percent in a hypothetical matchup || document
"""))


# ================================================================ machinery
STRAIGHT_DOCS = {"k01", "k02", "k03", "k04", "k05", "k06"}
CURLY = "\u201c\u201d\u2018\u2019"
REVIEW = []


def _occurrences(text, s):
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _with_context(text, spec):
    span, ctx = spec.split("@@", 1)
    ctx_occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(ctx_occ) == 1, f"context {ctx!r} occurs {len(ctx_occ)} times"
    i = ctx.find(span)
    assert i >= 0, f"span {span!r} not in context {ctx!r}"
    s = ctx_occ[0] + i
    return (s, s + len(span))


def _gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1  # overlap


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, spec, anchors, avoid, what, doc_id):
    if "@@" in spec:
        return _with_context(text, spec)
    occ = [o for o in _occurrences(text, spec) if not any(_overlaps(o, v) for v in avoid)]
    assert occ, f"{doc_id}: {what} {spec!r} not found"
    if len(occ) == 1:
        return occ[0]
    dist = sorted((min(_gap(o, a) for a in anchors), o) for o in occ)
    assert dist[0][0] != dist[1][0], f"{doc_id}: tie for {what} {spec!r}"
    REVIEW.append((doc_id, what, spec, dist[0][1], len(occ)))
    return dist[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_doc(doc_id, text, ann):
    recs = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ}"
        frags = []
        for f in [x.strip() for x in con_s.split(" ++ ")]:
            if "@@" in f:
                frags.append(_with_context(text, f))
            else:
                occ = _occurrences(text, f)
                assert len(occ) == 1, f"{doc_id}: content {f!r} occurs {len(occ)} times"
                frags.append(occ[0])
        frags.sort()
        cue = _nearest(text, cue_s, frags, frags, "cue", doc_id)
        if src_s == "-":
            src = None
            assert typ == "unknown"
        else:
            src = _nearest(text, src_s, [cue], frags + [cue], "source", doc_id)
        content = {"start": frags[0][0], "end": frags[-1][1],
                   "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        # sanity checks on spans
        for f in frags:
            ft = text[f[0]:f[1]]
            assert not ft.lower().startswith("that "), f"{doc_id}: leading that {ft!r}"
            assert ft == ft.strip(), f"{doc_id}: whitespace {ft!r}"
            if ft[-1] in ".,;:":
                raise AssertionError(f"{doc_id}: punctuation outside quote {ft!r}")
            for v in [cue] + ([src] if src else []):
                assert not _overlaps(f, v), f"{doc_id}: overlap in {line!r}"
        if src:
            assert not _overlaps(src, cue)
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        for k in ("cue", "source"):
            if rec[k]:
                assert text[rec[k]["start"]:rec[k]["end"]] == rec[k]["text"]
        assert text[content["start"]:content["end"]] == content["text"]
        recs.append(rec)
    recs.sort(key=lambda r: r["cue"]["start"])
    return recs


def _check_text(doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline + blank line"
    n = len(text.split())
    assert 250 <= n <= 450, f"{doc_id}: {n} words"
    if doc_id in STRAIGHT_DOCS:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight doc"
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly doc"
    return n


def build():
    out = []
    for doc_id, text, ann in DOCS:
        text = text.strip("\n") + "\n"
        _check_text(doc_id, text)
        out.append({"doc_id": doc_id, "text": text, "split": "blind",
                     "attributions": parse_doc(doc_id, text, ann)})
    return out


def _mark(text, a, width=60):
    """Show the attribution in context: [S ...] source, <C ...> cue, {...} content."""
    marks = []
    if a["source"]:
        marks.append((a["source"]["start"], "[S:"))
        marks.append((a["source"]["end"], "]"))
    marks.append((a["cue"]["start"], "<C:"))
    marks.append((a["cue"]["end"], ">"))
    frs = a["content"].get("fragments") or [[a["content"]["start"], a["content"]["end"]]]
    for s, e in frs:
        marks.append((s, "{"))
        marks.append((e, "}"))
    lo = max(0, min(m[0] for m in marks) - width)
    hi = min(len(text), max(m[0] for m in marks) + width)
    out, pos = [], lo
    for p, m in sorted(marks, key=lambda x: (x[0], x[1] in "]>}" and -1 or 1)):
        out.append(text[pos:p])
        out.append(m)
        pos = p
    out.append(text[pos:hi])
    return "".join(out).replace("\n", " / ")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind34.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
