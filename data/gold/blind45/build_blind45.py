#!/usr/bin/env python3
"""Build ``blind45.jsonl``: the forty-fifth batch of blind test articles (session 17), held out.

12 invented 2016 political news stories of every kind, each with 13-17 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind45/build_blind45.py [--check]`` (``--check``: exit 1 if
blind45.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind45: 12 invented 2016-style political news articles with
hand-annotated attributions (PolNeAR-style spans). Stdlib only.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
 - SOURCE is "-" when the article gives no source (null source).
 - CONTENT fragments of a split quote are separated by " ## ".
 - Any field (or fragment) may be written "SPAN@@CONTEXT": CONTEXT must occur exactly
   once in the text and SPAN exactly once inside CONTEXT.
 - Without a context: a content fragment must be unique in the text; the cue is the
   occurrence (whole-word, not overlapping the content) nearest to the content; the
   source is the occurrence nearest to the cue (not overlapping cue or content).
   Ties or far-away picks (> MAXGAP chars) raise an error.
All offsets are computed here; none is typed by hand.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

MAXGAP = 120
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

DOCS = []

def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann))

# ---------------------------------------------------------------- x01 (straight quotes)
doc("x01", '''
Clinton Presses Trade Message in Ohio as Trump Courts Rust Belt Voters

COLUMBUS, Ohio - Hillary Clinton returned to central Ohio on Tuesday for her third visit in a month, bringing a sharpened economic message to a state that has backed the winner in every presidential election since 1964.

"He talks a big game about bringing jobs back," Mrs. Clinton told about 2,000 people at a union hall near the state fairgrounds. "But his own ties and suits are made in China and Mexico."

The crowd roared. Mrs. Clinton said her administration would create a trade prosecutor to enforce existing agreements and would oppose the Trans-Pacific Partnership "now, after the election and as president."

Mr. Trump has argued that Mrs. Clinton's support for the North American Free Trade Agreement in the 1990s makes her promises hollow. "She signed off on every bad deal this country has made," Mr. Trump said at a rally in Youngstown on Monday.

Jason Miller, a spokesman for the Trump campaign, said in a statement that Mrs. Clinton "has spent 30 years saying one thing to Ohio and doing another in Washington."

The race in Ohio remains tight. A Quinnipiac University poll released last week found the two candidates essentially tied among likely voters, with Mr. Trump at 41 percent and Mrs. Clinton at 40 percent. The poll also showed that 58 percent of white voters without college degrees supported Mr. Trump.

Clinton aides believe that her path in Ohio runs through the suburbs of Columbus and Cincinnati, where many college-educated Republican women remain undecided.

"We are not going to win Ohio by matching him in Youngstown," said one senior Clinton adviser. "We win it in Dublin and Westerville." The adviser spoke on condition of anonymity to discuss internal strategy.

Senator Rob Portman, the Republican incumbent, is running for re-election and has kept his distance from Mr. Trump. On Tuesday, Mr. Portman told reporters that he was "focused on my own race."

Gov. John Kasich, who lost to Mr. Trump in the primaries, has not endorsed him. A spokesman for the governor said Mr. Kasich would not attend the Republican nominee's rally in Columbus next week.

The Columbus Dispatch reported on Sunday that the Clinton campaign had opened 40 field offices in the state, compared with 12 for Mr. Trump. The Trump campaign said that volunteers were running dozens of additional offices that the newspaper had not counted.
''', '''
told || Mrs. Clinton || "He talks a big game about bringing jobs back," ## "But his own ties and suits are made in China and Mexico." || named_person
said || Mrs. Clinton || her administration would create a trade prosecutor to enforce existing agreements and would oppose the Trans-Pacific Partnership "now, after the election and as president." || named_person
has argued || Mr. Trump || Mrs. Clinton's support for the North American Free Trade Agreement in the 1990s makes her promises hollow || named_person
said || Mr. Trump || "She signed off on every bad deal this country has made," || named_person
said || Jason Miller, a spokesman for the Trump campaign || Mrs. Clinton "has spent 30 years saying one thing to Ohio and doing another in Washington." || named_person
found || A Quinnipiac University poll released last week || the two candidates essentially tied among likely voters, with Mr. Trump at 41 percent and Mrs. Clinton at 40 percent || document
showed || The poll || 58 percent of white voters without college degrees supported Mr. Trump || document
believe || Clinton aides || her path in Ohio runs through the suburbs of Columbus and Cincinnati, where many college-educated Republican women remain undecided || anonymous
said || one senior Clinton adviser || "We are not going to win Ohio by matching him in Youngstown," ## "We win it in Dublin and Westerville." || anonymous
told || Mr. Portman || he was "focused on my own race." || named_person
said || A spokesman for the governor || Mr. Kasich would not attend the Republican nominee's rally in Columbus next week || anonymous
reported || The Columbus Dispatch || the Clinton campaign had opened 40 field offices in the state, compared with 12 for Mr. Trump || media
said || The Trump campaign || volunteers were running dozens of additional offices that the newspaper had not counted || named_org
''')

# ---------------------------------------------------------------- x02
doc("x02", '''
Senate Deal on Zika Funding Stalls as House Republicans Balk

WASHINGTON - A bipartisan agreement to spend $1.1 billion fighting the Zika virus stalled in the House on Thursday, leaving Congress with two weeks to act before its summer recess.

Speaker Paul D. Ryan said the House would not take up the Senate measure without offsetting cuts.

"We are not going to add another billion dollars to the debt and call it an emergency," Mr. Ryan told reporters at his weekly news conference. "This is a serious threat, and it deserves a serious, paid-for response."

Senator Mitch McConnell, the majority leader, said he was "disappointed" by the House's position and warned that the virus would not wait for Congress to settle its differences.

Democrats, for their part, said the Republican proposals were a distraction. Senator Harry Reid of Nevada, the Democratic leader, said Republicans were "playing politics with pregnant women" and vowed to block any bill that cut money from the Affordable Care Act.

The Centers for Disease Control and Prevention reported this week that 1,200 Americans had been infected, most of them after traveling to Latin America and the Caribbean. Dr. Tom Frieden, the agency's director, told a Senate panel in May that the money already shifted from the Ebola response would run out by the end of the summer.

Several House conservatives have insisted that any new spending be matched by cuts elsewhere. Representative Mark Meadows of North Carolina, a leader of the conservative Freedom Caucus, said the Senate plan "sets a precedent we will regret."

A House Republican leadership aide said the speaker was weighing a smaller package that would cover mosquito control in Florida and Puerto Rico through September. A vote could come as early as next Wednesday, the aide said.

The White House said it would veto the House version. Josh Earnest, the White House press secretary, said on Thursday that the president "will not sign a bill that treats a public health emergency like a bargaining chip."

Public health officials in Florida, where local mosquitoes have begun spreading the virus in a Miami neighborhood, have watched the standoff with growing alarm. The state has spent $26 million of its own money on spraying and testing since February.

"Every week Congress waits is a week we fall further behind," said Dr. Celeste Philip, Florida's surgeon general. She said the state had enough testing kits to last through August.
''', '''
said || Speaker Paul D. Ryan || the House would not take up the Senate measure without offsetting cuts || named_person
told || Mr. Ryan || "We are not going to add another billion dollars to the debt and call it an emergency," ## "This is a serious threat, and it deserves a serious, paid-for response." || named_person
said || Senator Mitch McConnell, the majority leader || he was "disappointed" by the House's position || named_person
warned || Senator Mitch McConnell, the majority leader || the virus would not wait for Congress to settle its differences || named_person
said || Democrats || the Republican proposals were a distraction || named_org
said@@Democratic leader, said || Senator Harry Reid of Nevada, the Democratic leader || Republicans were "playing politics with pregnant women" || named_person
vowed || Senator Harry Reid of Nevada, the Democratic leader || to block any bill that cut money from the Affordable Care Act || named_person
reported || The Centers for Disease Control and Prevention || 1,200 Americans had been infected, most of them after traveling to Latin America and the Caribbean || named_org
told || Dr. Tom Frieden, the agency's director || the money already shifted from the Ebola response would run out by the end of the summer || named_person
have insisted || Several House conservatives || any new spending be matched by cuts elsewhere || anonymous
said@@Freedom Caucus, said || Representative Mark Meadows of North Carolina, a leader of the conservative Freedom Caucus || the Senate plan "sets a precedent we will regret." || named_person
said || A House Republican leadership aide || the speaker was weighing a smaller package that would cover mosquito control in Florida and Puerto Rico through September || anonymous
said@@the aide said || the aide || A vote could come as early as next Wednesday || anonymous
said@@The White House said || The White House || it would veto the House version || named_org
said || Josh Earnest, the White House press secretary || the president "will not sign a bill that treats a public health emergency like a bargaining chip." || named_person
said || Dr. Celeste Philip, Florida's surgeon general || "Every week Congress waits is a week we fall further behind," || named_person
said || She || the state had enough testing kits to last through August || named_person
''')

# ---------------------------------------------------------------- x03
doc("x03", '''
Appeals Court Strikes Down Texas Voter ID Law

A federal appeals court ruled on Wednesday that Texas's strict voter identification law discriminated against black and Hispanic voters. The ruling requires the state to soften its requirements before the November election.

In a 9-to-6 decision, the full United States Court of Appeals for the Fifth Circuit found that the law, passed in 2011, had a "discriminatory effect" on minority voters who are less likely to carry the forms of identification it requires.

"The State has failed to show that the law's burdens are justified by its stated interest in preventing fraud," Judge Catharina Haynie wrote for the majority.

Attorney General Ken Paxton of Texas said the state would ask the Supreme Court to review the decision.

"Safeguarding the integrity of our elections is essential," Mr. Paxton said in a statement, "and we will continue to defend this common-sense law."

Gov. Greg Abbott wrote on Twitter that the ruling was "a blow to election integrity."

Civil rights groups that challenged the law said the decision would restore the votes of hundreds of thousands of Texans. Chad Dunn, a lawyer for the plaintiffs, said more than 600,000 registered voters in Texas lacked the required identification.

"These are people who have voted for decades and were suddenly turned away," Mr. Dunn said.

The Justice Department said it was reviewing the opinion.

Five dissenting judges argued that the majority had substituted its own judgment for that of the Legislature. In a separate dissent, Judge Edith H. Jones wrote that the ruling would invite "endless litigation" over election rules.

Election law experts said the case was likely to reach the Supreme Court, which has been divided 4 to 4 since the death of Justice Antonin Scalia in February. Richard L. Hasen, a professor at the University of California, Irvine, said the justices might be reluctant to change the rules so close to an election.

The Texas Tribune reported last month that county officials had already begun printing materials describing the old requirements. Under the ruling, voters without one of the seven approved forms of identification could sign a sworn statement and cast a regular ballot.

The law has been in effect for three statewide elections. Supporters in the Legislature say the law is needed to prevent in-person voter fraud. A 2014 review of state court records found only two such convictions over a decade.
''', '''
ruled || A federal appeals court || Texas's strict voter identification law discriminated against black and Hispanic voters || named_org
found@@Fifth Circuit found || the full United States Court of Appeals for the Fifth Circuit || the law, passed in 2011, had a "discriminatory effect" on minority voters who are less likely to carry the forms of identification it requires || named_org
wrote || Judge Catharina Haynie || "The State has failed to show that the law's burdens are justified by its stated interest in preventing fraud," || named_person
said || Attorney General Ken Paxton of Texas || the state would ask the Supreme Court to review the decision || named_person
said || Mr. Paxton || "Safeguarding the integrity of our elections is essential," ## "and we will continue to defend this common-sense law." || named_person
wrote || Gov. Greg Abbott || the ruling was "a blow to election integrity." || named_person
said || Civil rights groups that challenged the law || the decision would restore the votes of hundreds of thousands of Texans || anonymous
said || Chad Dunn, a lawyer for the plaintiffs || more than 600,000 registered voters in Texas lacked the required identification || named_person
said@@Mr. Dunn said || Mr. Dunn || "These are people who have voted for decades and were suddenly turned away," || named_person
said@@Justice Department said || The Justice Department || it was reviewing the opinion || named_org
argued || Five dissenting judges || the majority had substituted its own judgment for that of the Legislature || anonymous
wrote || Judge Edith H. Jones || the ruling would invite "endless litigation" over election rules || named_person
said || Election law experts || the case was likely to reach the Supreme Court, which has been divided 4 to 4 since the death of Justice Antonin Scalia in February || anonymous
said || Richard L. Hasen, a professor at the University of California, Irvine || the justices might be reluctant to change the rules so close to an election || named_person
reported || The Texas Tribune || county officials had already begun printing materials describing the old requirements || media
say || Supporters in the Legislature || the law is needed to prevent in-person voter fraud || anonymous
found || A 2014 review of state court records || only two such convictions over a decade || document
''')

# ---------------------------------------------------------------- x04
doc("x04", '''
U.S. and Russia Reach Tentative Syria Truce

GENEVA - Secretary of State John Kerry said on Friday that the United States and Russia had agreed on a plan to halt fighting in parts of Syria. But he cautioned that previous cease-fires had collapsed within days.

"This is not built on trust," Mr. Kerry told reporters after 14 hours of talks with Foreign Minister Sergey V. Lavrov of Russia. "It is built on monitoring and compliance."

The Russian Foreign Ministry said in a statement that the agreement would allow humanitarian convoys to reach Aleppo by next week.

Two senior administration officials said the deal would create a joint center for targeting Islamic State fighters if the violence subsided for seven days. The officials spoke on the condition of anonymity because the details had not been made public.

At the Pentagon, the idea has met resistance. Defense Secretary Ashton B. Carter has voiced doubts about sharing intelligence with the Russian military, according to two Defense Department officials. Peter Cook, the Pentagon press secretary, said the department would "carefully review" the agreement.

Syrian opposition groups said they had not been consulted. A spokesman for the High Negotiations Committee, the main opposition bloc, told Reuters that the group would accept the truce only if government forces stopped bombing civilian areas.

In Washington, the reaction from Capitol Hill was cool. Senator John McCain of Arizona, the chairman of the Armed Services Committee, said the agreement "rewards Vladimir Putin for bombing hospitals."

At a news conference in Laos, President Obama said the United States would not cooperate militarily with Russia "until we see a real reduction in violence."

The Washington Post reported on Thursday that Russian aircraft had struck a rebel-held town near Idlib hours before the talks concluded. A senior State Department official said the United States would raise the strike with Moscow.

Mr. Lavrov said that Russia had "no reason to doubt" the Syrian government's commitment to the truce, which is scheduled to begin at sundown on Monday, the start of the Muslim holiday of Eid al-Adha.

The war, now in its sixth year, has killed more than 400,000 people and driven millions from their homes. Two earlier agreements, in February and in May, broke down amid heavy fighting around Aleppo.
''', '''
said || Secretary of State John Kerry || the United States and Russia had agreed on a plan to halt fighting in parts of Syria || named_person
cautioned || he || previous cease-fires had collapsed within days || named_person
told || Mr. Kerry || "This is not built on trust," ## "It is built on monitoring and compliance." || named_person
said@@Foreign Ministry said || The Russian Foreign Ministry || the agreement would allow humanitarian convoys to reach Aleppo by next week || named_org
said || Two senior administration officials || the deal would create a joint center for targeting Islamic State fighters if the violence subsided for seven days || anonymous
according to || two Defense Department officials || Defense Secretary Ashton B. Carter has voiced doubts about sharing intelligence with the Russian military || anonymous
said@@press secretary, said the department || Peter Cook, the Pentagon press secretary || the department would "carefully review" the agreement || named_person
said || Syrian opposition groups || they had not been consulted || anonymous
told || A spokesman for the High Negotiations Committee, the main opposition bloc || the group would accept the truce only if government forces stopped bombing civilian areas || anonymous
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the agreement "rewards Vladimir Putin for bombing hospitals." || named_person
said || President Obama || the United States would not cooperate militarily with Russia "until we see a real reduction in violence." || named_person
reported || The Washington Post || Russian aircraft had struck a rebel-held town near Idlib hours before the talks concluded || media
said@@State Department official said || A senior State Department official || the United States would raise the strike with Moscow || anonymous
said || Mr. Lavrov || Russia had "no reason to doubt" the Syrian government's commitment to the truce, which is scheduled to begin at sundown on Monday, the start of the Muslim holiday of Eid al-Adha || named_person
''')

# ---------------------------------------------------------------- x05
doc("x05", '''
North Carolina Governor's Race Tightens Over Bathroom Law

RALEIGH, N.C. - Gov. Pat McCrory said on Monday that the state's contested law on transgender bathroom use protected the privacy of women and children.

"This is about common sense, not discrimination," Mr. McCrory said at a campaign stop in Greensboro.

His Democratic challenger, Attorney General Roy Cooper, has said the law is a "national embarrassment" that has cost the state jobs and sporting events.

The N.B.A. announced in July that it would move next year's All-Star Game out of Charlotte because of the law. It was announced last week that the Atlantic Coast Conference would also move its championship games out of the state.

A study by the Williams Institute at the University of California, Los Angeles, estimated that the law could cost North Carolina as much as $5 billion a year in federal funding and business investment. The McCrory campaign said the estimate was "fantasy math."

A poll by Public Policy Polling, a Democratic-leaning firm, showed Mr. Cooper leading 46 percent to 43 percent. The poll also found that 55 percent of voters believed the law had hurt the state's reputation.

Republican legislative leaders have made no move to repeal the law. Phil Berger, the president pro tem of the State Senate, told The News & Observer that repeal "is not on the table."

Some business leaders in Charlotte worry that the damage will outlast the election.

"We have had three conventions cancel on us," said Diane Whitaker, the president of the Greater Charlotte Hospitality Alliance. "That money does not come back."

The Justice Department has sued the state, arguing that the law violates federal civil rights protections. A federal judge in Winston-Salem has scheduled a hearing for November.

Mr. Cooper told supporters in Durham on Saturday that the governor "would rather fight the N.B.A. than fix our schools."

The law, known as House Bill 2, was passed in a one-day special session in March. It requires transgender people to use the bathrooms in government buildings and public schools that match the sex on their birth certificates, and it blocks cities from passing their own anti-discrimination rules.

Mr. McCrory signed the bill the same night it passed. A television ad released by his campaign this week says the law "keeps our families safe." He has also appeared at several events with religious leaders who support the measure.

Mr. Cooper, whose office declined to defend the law in court, leads in fund-raising, according to reports filed with the State Board of Elections last week.
''', '''
said || Gov. Pat McCrory || the state's contested law on transgender bathroom use protected the privacy of women and children || named_person
said || Mr. McCrory || "This is about common sense, not discrimination," || named_person
has said || His Democratic challenger, Attorney General Roy Cooper || the law is a "national embarrassment" that has cost the state jobs and sporting events || named_person
announced@@The N.B.A. announced || The N.B.A. || it would move next year's All-Star Game out of Charlotte because of the law || named_org
was announced || - || the Atlantic Coast Conference would also move its championship games out of the state || unknown
estimated || A study by the Williams Institute at the University of California, Los Angeles || the law could cost North Carolina as much as $5 billion a year in federal funding and business investment || document
said || The McCrory campaign || the estimate was "fantasy math." || named_org
showed || A poll by Public Policy Polling, a Democratic-leaning firm || Mr. Cooper leading 46 percent to 43 percent || document
found || The poll || 55 percent of voters believed the law had hurt the state's reputation || document
told || Phil Berger, the president pro tem of the State Senate || repeal "is not on the table." || named_person
worry || Some business leaders in Charlotte || the damage will outlast the election || anonymous
said || Diane Whitaker, the president of the Greater Charlotte Hospitality Alliance || "We have had three conventions cancel on us," ## "That money does not come back." || named_person
arguing || The Justice Department || the law violates federal civil rights protections || named_org
told || Mr. Cooper || the governor "would rather fight the N.B.A. than fix our schools." || named_person
says || A television ad released by his campaign this week || the law "keeps our families safe." || document
according to || reports filed with the State Board of Elections last week || Mr. Cooper, whose office declined to defend the law in court, leads in fund-raising || document
''')

# ---------------------------------------------------------------- x06
doc("x06", '''
Trump Campaign Shakes Up Staff as Polls Slip

NEW YORK - Donald J. Trump named Kellyanne Conway as his campaign manager on Wednesday, the second major staff change in two months as his standing in national polls has fallen.

"The campaign is going to be more disciplined, and you will see a candidate who is talking about the issues," Ms. Conway said in an interview on Fox News. She said Mr. Trump had personally asked her to take the job during a meeting at Trump Tower on Tuesday night.

Paul Manafort, the campaign chairman, will remain in his role, according to a statement released by the campaign. But two people close to the campaign said Mr. Manafort's influence had waned in recent weeks, in part because Mr. Trump's children had grown frustrated with his management.

The New York Times reported on Tuesday that Mr. Manafort had received undisclosed payments from a pro-Russian political party in Ukraine. Mr. Manafort said in a statement that he had never received such payments.

Mr. Trump, for his part, said the changes reflected a campaign that was growing, not one in trouble.

"I am who I am," he told a crowd in West Bend, Wis., on Tuesday. "I don't want to change. I don't want to pivot."

The changes come as several national polls show Mr. Trump trailing Hillary Clinton by high single digits. A Monmouth University poll released Monday found Mrs. Clinton ahead by 13 points among registered voters nationally.

Some Republican leaders fear that Mr. Trump's slide could cost the party its Senate majority. Reince Priebus, the chairman of the Republican National Committee, said the party remained "100 percent" behind its nominee.

Robby Mook, Mrs. Clinton's campaign manager, told reporters that the shake-up would not change the fundamentals of the race.

"You can change the people around him," Mr. Mook said, "but you can't change the candidate."

The campaign also hired Stephen K. Bannon, the chairman of the conservative website Breitbart News, as its chief executive. Mr. Bannon has no experience running a political campaign, but he has been an informal adviser to Mr. Trump for more than a year.

Ms. Conway, a longtime Republican pollster, joined the campaign in July as a senior adviser. She had previously worked for a "super PAC" supporting Senator Ted Cruz of Texas during the primaries, and she has been a frequent defender of Mr. Trump on cable television.

A Republican National Committee official said the party's field staff in battleground states would continue to coordinate closely with the campaign. The official was not authorized to speak publicly about internal matters.
''', '''
said@@Ms. Conway said || Ms. Conway || "The campaign is going to be more disciplined, and you will see a candidate who is talking about the issues," || named_person
said@@She said Mr. Trump || She || Mr. Trump had personally asked her to take the job during a meeting at Trump Tower on Tuesday night || named_person
according to || a statement released by the campaign || Paul Manafort, the campaign chairman, will remain in his role || document
said || two people close to the campaign || Mr. Manafort's influence had waned in recent weeks, in part because Mr. Trump's children had grown frustrated with his management || anonymous
reported || The New York Times || Mr. Manafort had received undisclosed payments from a pro-Russian political party in Ukraine || media
said@@Mr. Manafort said || Mr. Manafort || he had never received such payments || named_person
said || Mr. Trump || the changes reflected a campaign that was growing, not one in trouble || named_person
told || he || "I am who I am," ## "I don't want to change. I don't want to pivot." || named_person
show || several national polls || Mr. Trump trailing Hillary Clinton by high single digits || document
found || A Monmouth University poll released Monday || Mrs. Clinton ahead by 13 points among registered voters nationally || document
fear || Some Republican leaders || Mr. Trump's slide could cost the party its Senate majority || anonymous
said || Reince Priebus, the chairman of the Republican National Committee || the party remained "100 percent" behind its nominee || named_person
told || Robby Mook, Mrs. Clinton's campaign manager || the shake-up would not change the fundamentals of the race || named_person
said || Mr. Mook || "You can change the people around him," ## "but you can't change the candidate." || named_person
said || A Republican National Committee official || the party's field staff in battleground states would continue to coordinate closely with the campaign || anonymous
''')

# ---------------------------------------------------------------- x07 (curly quotes from here on)
doc("x07", '''
Clinton Holds Lead in Pennsylvania as Trump Gains in Rural Counties

PHILADELPHIA — Hillary Clinton leads Donald J. Trump by eight percentage points among likely voters in Pennsylvania, according to a Franklin & Marshall College poll released on Thursday.

The survey found Mrs. Clinton with 47 percent support to Mr. Trump’s 39 percent, with the Libertarian candidate, Gary Johnson, at 7 percent. Her lead is built on the Philadelphia suburbs, where the poll showed her ahead by more than 20 points.

“The suburbs are the whole story,” said Martin Kessler, the director of the poll. “Trump is doing better than Romney did in the west and the northeast, but not nearly enough to offset what is happening around Philadelphia.”

Mr. Trump has insisted that the state’s polls understate his support. “The only way we can lose Pennsylvania is if cheating goes on,” he told a rally in Altoona last week.

Pennsylvania’s top election official, Pedro A. Cortés, said in a statement that the state’s elections were “secure and fair.”

Some Republican strategists in the state believe Mr. Trump can still win by running up huge margins in rural areas.

“There are votes out there that no pollster is catching,” said one Republican consultant who has worked on statewide campaigns. The consultant spoke on condition of anonymity because he advises several candidates this year.

The Clinton campaign has spent more than $20 million on television advertising in Pennsylvania, according to data from Kantar Media’s CMAG. Mr. Trump’s campaign has spent less than a quarter of that. A spokeswoman for the Trump campaign, Hope Hicks, said the campaign preferred to spend its money on “rallies, not ads.”

The Senate race in the state remains close. The poll showed Senator Patrick J. Toomey, a Republican, tied with his Democratic challenger, Katie McGinty, at 42 percent each. Mr. Toomey has declined to say whether he will vote for Mr. Trump.

Ms. McGinty told reporters in Pittsburgh on Wednesday that Mr. Toomey’s silence was “a profile in cowardice.”

Pennsylvania has voted for the Democratic presidential candidate in six straight elections, but Mr. Trump has made it a centerpiece of his strategy, visiting the state more often than any other this summer. His running mate, Gov. Mike Pence of Indiana, will campaign in Harrisburg and Lancaster on Saturday.

Mrs. Clinton’s campaign has focused heavily on turnout in Philadelphia, where President Obama won more than 80 percent of the vote four years ago. Former President Bill Clinton is scheduled to visit three historically black churches in the city on Sunday.

The Franklin & Marshall survey of 496 likely voters was conducted from Aug. 25 to Aug. 29 and has a margin of sampling error of plus or minus 5.8 percentage points.
''', '''
according to || a Franklin & Marshall College poll released on Thursday || Hillary Clinton leads Donald J. Trump by eight percentage points among likely voters in Pennsylvania || document
found || The survey || Mrs. Clinton with 47 percent support to Mr. Trump’s 39 percent, with the Libertarian candidate, Gary Johnson, at 7 percent || document
showed@@the poll showed her || the poll@@where the poll showed || her ahead by more than 20 points || document
said || Martin Kessler, the director of the poll || “The suburbs are the whole story,” ## “Trump is doing better than Romney did in the west and the northeast, but not nearly enough to offset what is happening around Philadelphia.” || named_person
has insisted || Mr. Trump || the state’s polls understate his support || named_person
told || he || “The only way we can lose Pennsylvania is if cheating goes on,” || named_person
said || Pennsylvania’s top election official, Pedro A. Cortés || the state’s elections were “secure and fair.” || named_person
believe || Some Republican strategists in the state || Mr. Trump can still win by running up huge margins in rural areas || anonymous
said || one Republican consultant who has worked on statewide campaigns || “There are votes out there that no pollster is catching,” || anonymous
according to || data from Kantar Media’s CMAG || The Clinton campaign has spent more than $20 million on television advertising in Pennsylvania || document
said || A spokeswoman for the Trump campaign, Hope Hicks || the campaign preferred to spend its money on “rallies, not ads.” || named_person
showed@@The poll showed Senator || The poll@@The poll showed Senator || Senator Patrick J. Toomey, a Republican, tied with his Democratic challenger, Katie McGinty, at 42 percent each || document
told || Ms. McGinty || Mr. Toomey’s silence was “a profile in cowardice.” || named_person
''')

# ---------------------------------------------------------------- x08
doc("x08", '''
Comey Defends Clinton Email Decision Before House Panel

WASHINGTON — The director of the F.B.I., James B. Comey, told a House committee on Thursday that Hillary Clinton had not lied to investigators about her use of a private email server.

“We did not find evidence that she intended to break the law,” Mr. Comey said. “That is what the statutes require, and that is what we look for in every case.”

Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight and Government Reform Committee, said the F.B.I. had applied a double standard.

“If your average Joe did this, they’d be in handcuffs,” Mr. Chaffetz said.

Mr. Comey acknowledged that Mrs. Clinton had been “extremely careless” with classified information, and he said that some of her statements to the public had been inaccurate.

Democrats on the committee said the hearing was a partisan exercise. Representative Elijah E. Cummings of Maryland, the panel’s senior Democrat, said Republicans had “hauled the director in here to keep a story alive.”

The Clinton campaign said it was pleased that the matter was “resolved.” Brian Fallon, a campaign spokesman, wrote on Twitter that Republicans were “grasping at straws.”

Mr. Trump was unmoved. “The system is rigged,” he said at a rally in Raleigh, N.C., on Thursday night.

Republican congressional leaders are weighing whether to ask the Justice Department to investigate whether Mrs. Clinton committed perjury in testimony to Congress, according to a senior House Republican aide.

Politico reported on Wednesday that the committee had scheduled a second hearing for next month.

The F.B.I. released a summary of its interview with Mrs. Clinton last week. The document shows that agents interviewed her for three and a half hours at F.B.I. headquarters.

The hearing, which lasted nearly five hours, was the first time Mr. Comey had appeared before Congress since he announced on July 5 that the bureau had closed its investigation. That announcement, made without the usual coordination with Justice Department prosecutors, drew criticism from both parties.

Attorney General Loretta E. Lynch later accepted the bureau’s recommendation. Her meeting with Bill Clinton on an airport tarmac in Phoenix days before the decision had drawn sharp criticism.

Mr. Comey, a Republican who served as deputy attorney general under President George W. Bush, appeared relaxed throughout the session, which ended shortly after 3 p.m.

The committee voted along party lines to refer the matter of Mrs. Clinton’s testimony to the bureau for further review.
''', '''
told || The director of the F.B.I., James B. Comey || Hillary Clinton had not lied to investigators about her use of a private email server || named_person
said || Mr. Comey || “We did not find evidence that she intended to break the law,” ## “That is what the statutes require, and that is what we look for in every case.” || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight and Government Reform Committee || the F.B.I. had applied a double standard || named_person
said@@Mr. Chaffetz said || Mr. Chaffetz || “If your average Joe did this, they’d be in handcuffs,” || named_person
acknowledged || Mr. Comey || Mrs. Clinton had been “extremely careless” with classified information || named_person
said@@he said that some || he@@and he said || some of her statements to the public had been inaccurate || named_person
said || Democrats on the committee || the hearing was a partisan exercise || anonymous
said@@senior Democrat, said || Representative Elijah E. Cummings of Maryland, the panel’s senior Democrat || Republicans had “hauled the director in here to keep a story alive.” || named_person
said || The Clinton campaign || it was pleased that the matter was “resolved.” || named_org
wrote || Brian Fallon, a campaign spokesman || Republicans were “grasping at straws.” || named_person
said || he || “The system is rigged,” || named_person
according to || a senior House Republican aide || Republican congressional leaders are weighing whether to ask the Justice Department to investigate whether Mrs. Clinton committed perjury in testimony to Congress || anonymous
reported || Politico || the committee had scheduled a second hearing for next month || media
shows || The document || agents interviewed her for three and a half hours at F.B.I. headquarters || document
announced || he || the bureau had closed its investigation || named_person
''')

# ---------------------------------------------------------------- x09
doc("x09", '''
White House Presses Senate on Garland as Vacancy Nears Six Months

WASHINGTON — The White House on Monday marked nearly six months since President Obama nominated Judge Merrick B. Garland to the Supreme Court with a new push to force a confirmation hearing.

“Judge Garland deserves a hearing and a vote, and the American people deserve a full court,” Josh Earnest, the White House press secretary, said at his daily briefing. Mr. Earnest said the president had personally called more than a dozen Republican senators over the summer.

Senator Mitch McConnell of Kentucky, the majority leader, has said that the next president should fill the seat. His spokesman, Don Stewart, said on Monday that nothing had changed.

“The American people will have their say in November,” Mr. Stewart said.

Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, told Iowa reporters in a conference call that he did not expect to schedule a hearing before the election.

A handful of Republican senators have met privately with Judge Garland. Senator Susan Collins of Maine said after her meeting in April that he was “thoughtful and well prepared” and that the Senate should proceed with hearings.

Some conservative groups have argued that a lame-duck confirmation would be acceptable if Mrs. Clinton wins.

The Judicial Crisis Network has spent about $7 million on ads against Judge Garland, according to a tally by the Brennan Center for Justice. Carrie Severino, the group’s chief counsel, said in an interview that the group would keep its campaign running “until the last vote is counted.”

A Gallup poll in July found that 52 percent of Americans wanted the Senate to vote on the nomination this year.

Legal scholars say the prolonged vacancy has already shaped the court’s docket. The justices have split 4 to 4 in several major cases this year, including a challenge to Mr. Obama’s immigration programs.

“The court is treading water,” said Laurence Whitfield, a professor of constitutional law at Georgetown.

Judge Garland has continued to hear cases on the federal appeals court in Washington. A White House official said he remained “ready and willing” to serve.

The nomination has now been pending longer than any other in the court’s history. Justice Louis D. Brandeis waited 125 days for confirmation in 1916; Judge Garland passed that mark in July.

Democrats have tried to make the vacancy an issue in Senate races in Pennsylvania, Ohio and New Hampshire, where Republican incumbents face close contests. But polls suggest the issue has gained little traction with voters.
''', '''
said@@press secretary, said at || Josh Earnest, the White House press secretary || “Judge Garland deserves a hearing and a vote, and the American people deserve a full court,” || named_person
said@@Mr. Earnest said || Mr. Earnest || the president had personally called more than a dozen Republican senators over the summer || named_person
has said || Senator Mitch McConnell of Kentucky, the majority leader || the next president should fill the seat || named_person
said || His spokesman, Don Stewart || nothing had changed || named_person
said@@Mr. Stewart said || Mr. Stewart || “The American people will have their say in November,” || named_person
told || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || he did not expect to schedule a hearing before the election || named_person
said || Senator Susan Collins of Maine || he was “thoughtful and well prepared” and that the Senate should proceed with hearings || named_person
have argued || Some conservative groups || a lame-duck confirmation would be acceptable if Mrs. Clinton wins || anonymous
according to || a tally by the Brennan Center for Justice || The Judicial Crisis Network has spent about $7 million on ads against Judge Garland || document
said || Carrie Severino, the group’s chief counsel || the group would keep its campaign running “until the last vote is counted.” || named_person
found || A Gallup poll in July || 52 percent of Americans wanted the Senate to vote on the nomination this year || document
say || Legal scholars || the prolonged vacancy has already shaped the court’s docket || anonymous
said || Laurence Whitfield, a professor of constitutional law at Georgetown || “The court is treading water,” || named_person
said || A White House official || he remained “ready and willing” to serve || anonymous
suggest || polls || the issue has gained little traction with voters || document
''')

# ---------------------------------------------------------------- x10
doc("x10", '''
Leaked Emails Roil Democrats on Eve of Convention

PHILADELPHIA — Representative Debbie Wasserman Schultz said on Sunday that she would step down as chairwoman of the Democratic National Committee at the end of this week’s convention, after leaked emails suggested that party officials had favored Hillary Clinton over Senator Bernie Sanders during the primaries.

“The best way for me to help elect Hillary Clinton is to step aside after the convention,” Ms. Wasserman Schultz said in a statement.

The emails, about 20,000 of them, were published by WikiLeaks on Friday. A senior party official wrote in one message that questions about Mr. Sanders’s religious beliefs “could make several points difference” in Kentucky.

Mr. Sanders told ABC’s “This Week” that he was “not shocked” by the emails. “I think she should resign, period,” he said.

The Clinton campaign said the leak was part of an effort by the Russian government to help Donald J. Trump. Robby Mook, Mrs. Clinton’s campaign manager, told CNN that the timing of the release was “not a coincidence.”

Several cybersecurity firms have concluded that two groups tied to Russian intelligence services were behind the breach. Jason Miller, a spokesman for Mr. Trump, said the claim was “pure fiction.”

Many Sanders delegates arriving in Philadelphia said the emails confirmed what they had long suspected.

“The system was stacked against us from day one,” said Maria Delgado, a delegate from Los Angeles.

Donna Brazile, the party’s vice chairwoman, will serve as interim chairwoman through the election, the committee announced on Sunday evening.

According to The Washington Post, Ms. Wasserman Schultz will not speak at the convention’s opening session on Monday.

The turmoil threatened to overshadow a convention meant to showcase a united front against Mr. Trump. Mrs. Clinton and Mr. Sanders spent much of the spring in a bitter contest, and Mr. Sanders did not endorse her until July 12, more than a month after she clinched the nomination.

Ms. Wasserman Schultz, a congresswoman from South Florida, has led the party since 2011. She faces her own primary challenge next month from Tim Canova, a law professor backed by Mr. Sanders.

In Philadelphia, several hundred Sanders supporters marched from City Hall to the convention site on Sunday afternoon, chanting and carrying signs. The police said there had been no arrests.

Mrs. Clinton, who was in Charlotte, N.C., on Sunday, did not address the controversy directly. Her running mate, Senator Tim Kaine of Virginia, told reporters at a fund-raiser in Washington that the party would be “stronger for it.”
''', '''
said || Representative Debbie Wasserman Schultz || she would step down as chairwoman of the Democratic National Committee at the end of this week’s convention || named_person
suggested || leaked emails || party officials had favored Hillary Clinton over Senator Bernie Sanders during the primaries || document
said || Ms. Wasserman Schultz || “The best way for me to help elect Hillary Clinton is to step aside after the convention,” || named_person
wrote || A senior party official || questions about Mr. Sanders’s religious beliefs “could make several points difference” in Kentucky || anonymous
told || Mr. Sanders || he was “not shocked” by the emails || named_person
said@@period,” he said || he || “I think she should resign, period,” || named_person
said@@Clinton campaign said || The Clinton campaign || the leak was part of an effort by the Russian government to help Donald J. Trump || named_org
told || Robby Mook, Mrs. Clinton’s campaign manager || the timing of the release was “not a coincidence.” || named_person
have concluded || Several cybersecurity firms || two groups tied to Russian intelligence services were behind the breach || anonymous
said || Jason Miller, a spokesman for Mr. Trump || the claim was “pure fiction.” || named_person
said || Many Sanders delegates arriving in Philadelphia || the emails confirmed what they had long suspected || anonymous
said || Maria Delgado, a delegate from Los Angeles || “The system was stacked against us from day one,” || named_person
announced || the committee || Donna Brazile, the party’s vice chairwoman, will serve as interim chairwoman through the election || named_org
According to || The Washington Post || Ms. Wasserman Schultz will not speak at the convention’s opening session on Monday || media
said || The police || there had been no arrests || named_org
told || Her running mate, Senator Tim Kaine of Virginia || the party would be “stronger for it.” || named_person
''')

# ---------------------------------------------------------------- x11
doc("x11", '''
Trump Remarks on NATO Alarm Allies

WASHINGTON — Donald J. Trump said in an interview published Thursday that as president he might not defend NATO allies in the Baltics against a Russian attack unless they had “fulfilled their obligations” to the alliance.

The remarks, made to The New York Times, drew swift condemnation in Europe and in Washington.

Jens Stoltenberg, NATO’s secretary general, said in a statement that “solidarity among allies is a key value for NATO.” Estonia’s prime minister, Taavi Roivas, wrote on Facebook that his country had met NATO’s military spending target.

In Washington, Senator Lindsey Graham of South Carolina said Mr. Trump’s comments were “dangerous and naïve.”

The White House said the United States would honor its treaty commitments. “Our commitment to Article 5 is ironclad,” Ned Price, a spokesman for the National Security Council, told reporters.

Gov. Mike Pence of Indiana, Mr. Trump’s running mate, told Fox News that Mr. Trump “will stand with our allies” but expects them to pay their share.

Trump advisers said privately that the candidate had not been briefed on the details of the alliance’s defense plans before the interview. One adviser said Mr. Trump believed the interview had been “fair” and did not intend to walk back his comments.

Jake Sullivan, a senior policy adviser to Mrs. Clinton, said Mr. Trump had “given Vladimir Putin an early birthday present.”

Only five of NATO’s 28 members spend at least 2 percent of their economic output on defense, according to the alliance’s own figures.

Many Republicans in Congress have long complained that European allies do not spend enough. But several Republican foreign policy experts worry that Mr. Trump’s comments could embolden Moscow.

“Deterrence works only if the other side believes you,” said Eliot Brandt, a former Pentagon official in the George W. Bush administration.

The Kremlin declined to comment.

The interview came on the third night of the Republican National Convention in Cleveland, hours before Mr. Pence was to accept the vice-presidential nomination. Delegates on the convention floor largely shrugged off the controversy, and several said they agreed that Europe should carry more of the burden.

Mr. Trump has made similar remarks before. In March, he told The Washington Post that NATO was “obsolete.” He has also suggested that Japan and South Korea might be better off with their own nuclear weapons.

The United States has about 65,000 troops stationed in Europe. At a summit in Warsaw this month, the alliance approved plans to station four multinational battalions in Poland and the Baltic states starting next year.
''', '''
said || Donald J. Trump || as president he might not defend NATO allies in the Baltics against a Russian attack unless they had “fulfilled their obligations” to the alliance || named_person
said || Jens Stoltenberg, NATO’s secretary general || “solidarity among allies is a key value for NATO.” || named_person
wrote || Estonia’s prime minister, Taavi Roivas || his country had met NATO’s military spending target || named_person
said@@South Carolina said || Senator Lindsey Graham of South Carolina || Mr. Trump’s comments were “dangerous and naïve.” || named_person
said || The White House || the United States would honor its treaty commitments || named_org
told || Ned Price, a spokesman for the National Security Council || “Our commitment to Article 5 is ironclad,” || named_person
told || Gov. Mike Pence of Indiana, Mr. Trump’s running mate || Mr. Trump “will stand with our allies” but expects them to pay their share || named_person
said@@advisers said privately || Trump advisers || the candidate had not been briefed on the details of the alliance’s defense plans before the interview || anonymous
said || One adviser || Mr. Trump believed the interview had been “fair” and did not intend to walk back his comments || anonymous
said || Jake Sullivan, a senior policy adviser to Mrs. Clinton || Mr. Trump had “given Vladimir Putin an early birthday present.” || named_person
according to || the alliance’s own figures || Only five of NATO’s 28 members spend at least 2 percent of their economic output on defense || document
have long complained || Many Republicans in Congress || European allies do not spend enough || anonymous
worry || several Republican foreign policy experts || Mr. Trump’s comments could embolden Moscow || anonymous
said || Eliot Brandt, a former Pentagon official in the George W. Bush administration || “Deterrence works only if the other side believes you,” || named_person
said || several || they agreed that Europe should carry more of the burden || anonymous
told || he || NATO was “obsolete.” || named_person
has also suggested || He || Japan and South Korea might be better off with their own nuclear weapons || named_person
''')

# ---------------------------------------------------------------- x12
doc("x12", '''
Rubio Reverses Course and Will Seek Re-election to Senate

MIAMI — Senator Marco Rubio announced on Wednesday that he would run for re-election in Florida. The decision came less than two months before the state’s Aug. 30 primary.

“In times like these, the Senate matters more than ever,” Mr. Rubio said in a statement. “I have decided to ask Floridians to send me back.”

Mr. Rubio had said many times during his presidential bid that he would not seek a second term. He told reporters on Wednesday that the mass shooting in Orlando last month had led him to reconsider.

Senator Mitch McConnell of Kentucky, the majority leader, said Mr. Rubio’s decision was “great news for Florida and for the country.” Senate Republican strategists believe Mr. Rubio gives the party its best chance of holding the seat.

Lt. Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s, withdrew from the race on Wednesday and endorsed him.

The Democratic Senatorial Campaign Committee said Mr. Rubio was “using Florida as a consolation prize.” Representative Patrick Murphy, the leading Democratic candidate, told reporters in Orlando that Mr. Rubio had “the worst attendance record in the Senate.”

The Tampa Bay Times reported last year that Mr. Rubio had missed more than a third of Senate votes while running for president.

A Quinnipiac University poll released last week showed Mr. Rubio leading Mr. Murphy 47 percent to 40 percent in a hypothetical matchup.

Donald J. Trump wrote on Twitter that he was “happy” Mr. Rubio was running. Mr. Rubio said on Wednesday that he still had disagreements with Mr. Trump but would support him.

“I’ve said what I’ve said about him,” Mr. Rubio said.

Some Republican donors in Florida said privately that they were frustrated that Mr. Rubio had waited so long to decide. A Rubio adviser said the senator made his final decision after a long conversation with his family over the weekend.

Mr. Murphy, a two-term congressman from Jupiter, faces a primary challenge from Representative Alan Grayson, a combative liberal from Orlando. The winner of the Democratic primary will have to raise money quickly against an incumbent with a national fund-raising network.

Mr. Rubio, 45, finished a distant second in the Florida presidential primary in March, losing every county but Miami-Dade to Mr. Trump. He ended his presidential campaign that night.

The race is one of a half-dozen that will decide control of the Senate, where Republicans hold a 54-to-46 majority. Democrats need to gain four seats to win the majority if Mrs. Clinton wins the White House.
''', '''
announced || Senator Marco Rubio || he would run for re-election in Florida || named_person
said@@Mr. Rubio said in a statement || Mr. Rubio || “In times like these, the Senate matters more than ever,” ## “I have decided to ask Floridians to send me back.” || named_person
had said || Mr. Rubio || he would not seek a second term || named_person
told || He || the mass shooting in Orlando last month had led him to reconsider || named_person
said || Senator Mitch McConnell of Kentucky, the majority leader || Mr. Rubio’s decision was “great news for Florida and for the country.” || named_person
believe || Senate Republican strategists || Mr. Rubio gives the party its best chance of holding the seat || anonymous
said || The Democratic Senatorial Campaign Committee || Mr. Rubio was “using Florida as a consolation prize.” || named_org
told || Representative Patrick Murphy, the leading Democratic candidate || Mr. Rubio had “the worst attendance record in the Senate.” || named_person
reported || The Tampa Bay Times || Mr. Rubio had missed more than a third of Senate votes while running for president || media
showed || A Quinnipiac University poll released last week || Mr. Rubio leading Mr. Murphy 47 percent to 40 percent in a hypothetical matchup || document
wrote || Donald J. Trump || he was “happy” Mr. Rubio was running || named_person
said@@Mr. Rubio said on Wednesday || Mr. Rubio@@Mr. Rubio said on Wednesday || he still had disagreements with Mr. Trump but would support him || named_person
said || Mr. Rubio@@,” Mr. Rubio said. || “I’ve said what I’ve said about him,” || named_person
said@@Florida said privately || Some Republican donors in Florida || they were frustrated that Mr. Rubio had waited so long to decide || anonymous
said || A Rubio adviser || the senator made his final decision after a long conversation with his family over the weekend || anonymous
''')


# ================================================================ machinery
def occurrences(text, s, whole_word=True):
    out, i = [], text.find(s)
    while i != -1:
        j = i + len(s)
        ok = True
        if whole_word:
            if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
                ok = False
            if s[-1].isalnum() and j < len(text) and text[j].isalnum():
                ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def in_context(text, field, where):
    span, ctx = field.split("@@", 1)
    cs = occurrences(text, ctx, whole_word=False)
    assert len(cs) == 1, f"{where}: context {ctx!r} occurs {len(cs)} times"
    c0 = cs[0][0]
    inner = occurrences(ctx, span)
    assert len(inner) == 1, f"{where}: span {span!r} occurs {len(inner)} times in context {ctx!r}"
    return (c0 + inner[0][0], c0 + inner[0][1])


def gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def nearest(text, s, anchor, avoid, where, what):
    cands = [o for o in occurrences(text, s) if not any(overlaps(o, v) for v in avoid)]
    assert cands, f"{where}: {what} {s!r} not found"
    cands.sort(key=lambda o: gap(o, anchor))
    g = gap(cands[0], anchor)
    assert g <= MAXGAP, f"{where}: nearest {what} {s!r} is {g} chars away; give a context"
    assert len(cands) == 1 or gap(cands[1], anchor) > g + 40, \
        f"{where}: {what} {s!r} has a rival occurrence close by ({g} vs {gap(cands[1], anchor)}); give a context"
    return cands[0]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse(doc_id, text, ann):
    atts, errors = [], []
    for n, line in enumerate(x for x in ann.strip().splitlines() if x.strip()):
        where = f"{doc_id} line {n + 1}"
        try:
            atts.append(parse_line(text, line, where))
        except AssertionError as e:
            errors.append(str(e))
    assert not errors, "\n".join(errors)
    atts.sort(key=lambda a: a["cue"]["start"])
    starts = [a["cue"]["start"] for a in atts]
    assert len(set(starts)) == len(starts), f"{doc_id}: two attributions share a cue"
    return atts


def parse_line(text, line, where):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, f"{where}: need 4 fields: {line!r}"
    cue_f, src_f, con_f, typ = parts
    assert typ in TYPES, f"{where}: bad type {typ}"
    # content
    frags = []
    for _k, frag in enumerate(con_f.split(" ## ")):
        if "@@" in frag:
            frags.append(in_context(text, frag, where))
        else:
            occ = occurrences(text, frag, whole_word=False)
            assert len(occ) == 1, f"{where}: content fragment {frag!r} occurs {len(occ)} times"
            frags.append(occ[0])
    for a, b in zip(frags, frags[1:], strict=False):
        assert a[1] <= b[0], f"{where}: fragments out of order"
    con = (frags[0][0], frags[-1][1])
    # cue
    if "@@" in cue_f:
        cue = in_context(text, cue_f, where)
    else:
        cue = nearest(text, cue_f, con, frags, where, "cue")
    assert not any(overlaps(cue, f) for f in frags), f"{where}: cue overlaps content"
    # source
    if src_f == "-":
        src = None
    elif "@@" in src_f:
        src = in_context(text, src_f, where)
    else:
        src = nearest(text, src_f, cue, frags + [cue], where, "source")
    if src is not None:
        assert not overlaps(src, cue) and not any(overlaps(src, f) for f in frags), f"{where}: source overlaps"
        assert gap(src, cue) <= MAXGAP, f"{where}: source far from cue"
    if src is None:
        assert typ == "unknown", f"{where}: null source must be unknown"
    content = span(text, con)
    if len(frags) > 1:
        content["fragments"] = [[a, b] for a, b in frags]
    # conventions: no leading "that", no sentence-final period outside quotes
    ct = content["text"]
    assert not ct.lower().startswith("that "), f"{where}: content starts with 'that'"
    for a, b in frags:
        ft = text[a:b]
        assert ft == ft.strip(), f"{where}: fragment has outer whitespace"
        assert not ft.endswith(".") or ft[-2:] in ('."',), f"{where}: trailing period outside quote: {ft[-20:]!r}"
    att = {"cue": span(text, cue), "source": span(text, src) if src else None,
           "content": content, "source_type": typ}
    for key in ("cue", "source", "content"):
        sp = att[key]
        if sp is not None:
            assert text[sp["start"]:sp["end"]] == sp["text"]
    return att


STRAIGHT = set("\"'")
CURLY = set("\u201c\u201d\u2018\u2019")


def check_text(i, doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline then blank line"
    assert "\n\n\n" not in text
    nw = len(text.split())
    assert 300 <= nw <= 500, f"{doc_id}: {nw} words"
    chars = set(text)
    if i < len(DOCS) // 2:
        assert not (chars & CURLY), f"{doc_id}: first half must use straight quotes only"
        assert '"' in chars
    else:
        assert not (chars & STRAIGHT), f"{doc_id}: second half must use curly quotes only"
        assert "\u201c" in chars and "\u201d" in chars
    return nw


def build():
    recs, errors = [], []
    for i, (doc_id, text, ann) in enumerate(DOCS):
        try:
            check_text(i, doc_id, text)
            atts = parse(doc_id, text, ann)
        except AssertionError as e:
            errors.append(str(e))
            continue
        assert 10 <= len(atts) <= 18, f"{doc_id}: {len(atts)} attributions"
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert not errors, "\n".join(errors)
    assert [r["doc_id"] for r in recs] == [f"x{k:02d}" for k in range(1, 13)]
    return recs


def review(recs):
    for r in recs:
        t = r["text"]
        print(f"===== {r['doc_id']} ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            s = a["source"]
            c = a["content"]
            print(f"  [{a['source_type']}] CUE {a['cue']['text']!r}@{a['cue']['start']} | SRC {s['text'] if s else None!r}"
                  f"@{s['start'] if s else '-'} | CON {c['text'][:70]!r}{' +frags' if 'fragments' in c else ''}")
            lo = min([a['cue']['start'], c['start']] + ([s['start']] if s else []))
            hi = max([a['cue']['end'], c['end']] + ([s['end']] if s else []))
            marks = sorted([(a['cue']['start'], '<C:'), (a['cue']['end'], ':C>')] +
                           ([(s['start'], '<S:'), (s['end'], ':S>')] if s else []) +
                           [(f0, '[') for f0, f1 in c.get('fragments', [[c['start'], c['end']]])] +
                           [(f1, ']') for f0, f1 in c.get('fragments', [[c['start'], c['end']]])],
                           key=lambda x: 1)
            out, pos = [], lo
            for p, m in sorted(marks, key=lambda x: x[0]):
                out.append(t[pos:p])
                out.append(m)
                pos = p
            out.append(t[pos:hi])
            print("      " + "".join(out).replace("\n", " "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind45.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
