#!/usr/bin/env python3
"""Build ``blind21.jsonl``: the twenty-first batch of blind test articles (session 16).

12 invented 2016 opinion pieces, editorials, news analyses and features, heavy with the beliefs
and stances of groups and named people and the author's own voice, written and annotated by a
helper session that never read claimtrace's code, tests or data; see NOTES.md. Scored on
arrival, then read for errors.

Usage: ``python data/gold/blind21/build_blind21.py [--check]`` (``--check``: exit 1 if
blind21.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind21: 12 invented opinion/analysis/feature articles with hand-annotated attributions.
Self-contained, stdlib only. All offsets are computed from the text. (The --review print-out of the original script was dropped when the batch was integrated.)
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

# Articles w01-w06 (straight quotes). Annotation line format:
#   CUE || SOURCE || CONTENT || TYPE
# SOURCE may be "-" (no source). CONTENT fragments are separated by " ## ".
# Any span may be written "TEXT @@ CONTEXT": TEXT is taken at its first occurrence
# inside CONTEXT, and CONTEXT must occur exactly once in the article.
DOCS_A = []

DOCS_A.append(("w01", """
For Capitol Hill Republicans, a nominee they cannot quite embrace

Speaker Paul D. Ryan has spent the better part of a month trying to talk about anything other than Donald Trump. On Tuesday, standing beside a poster about tax reform, he lasted about four minutes before the question came.

"I have said what I have to say about our nominee," Ryan told reporters at the Capitol. "Today I want to talk about growth."

That answer captures the bind in which many House Republicans now find themselves. Privately, many of them fear that Trump's remarks about a federal judge's Mexican heritage will cost the party suburban seats it has held for decades. Publicly, most have kept quiet.

"Every time he opens his mouth, I lose a week," said one Republican congressman from a district outside Philadelphia, who spoke on the condition of anonymity to describe private conversations with colleagues. "But my voters like him more than they like me."

Senate Majority Leader Mitch McConnell has taken a different approach. He told reporters last week that Trump needed to "get on message" and stop "attacking people who are not running for anything." Aides to McConnell say he believes the Senate majority, not the White House, is the prize he can still protect.

The numbers offer little comfort to either man. A Washington Post-ABC News poll released Sunday found that 61 percent of Republican voters wanted their leaders in Congress to back Trump, while only 22 percent said those leaders should keep their distance.

Democrats are trying to exploit the moment. Rep. Ben Ray Luján of New Mexico, the head of the party's House campaign arm, argued in a memo to donors that at least 20 Republican seats were now in play. Republican strategists said the memo was fundraising bluster.

Ryan, for his part, insists the House majority is safe. "We are going to run on our ideas," he said Tuesday. When the subject of campaigning alongside Trump in Wisconsin came up, he smiled and walked away.
""", """
told || Ryan || "I have said what I have to say about our nominee," ## "Today I want to talk about growth." || named_person
fear || many of them || Trump's remarks about a federal judge's Mexican heritage will cost the party suburban seats it has held for decades || anonymous
said || one Republican congressman from a district outside Philadelphia || "Every time he opens his mouth, I lose a week," ## "But my voters like him more than they like me." || anonymous
told || He || Trump needed to "get on message" and stop "attacking people who are not running for anything." || named_person
say || Aides to McConnell || he believes the Senate majority, not the White House, is the prize he can still protect || anonymous
found || A Washington Post-ABC News poll released Sunday || 61 percent of Republican voters wanted their leaders in Congress to back Trump, while only 22 percent said those leaders should keep their distance || document
argued || Rep. Ben Ray Luján of New Mexico, the head of the party's House campaign arm || at least 20 Republican seats were now in play || named_person
said || Republican strategists || the memo was fundraising bluster || anonymous
insists || Ryan || the House majority is safe || named_person
said || he || "We are going to run on our ideas," || named_person
"""))

DOCS_A.append(("w02", """
James Comey just handed Hillary Clinton a gift. She should not waste it.

I have watched a lot of press conferences in my life, but few as strange as the one FBI Director James Comey gave on Tuesday morning.

For 15 minutes, Comey said that Hillary Clinton and her aides had handled classified information with "a recklessness that no official should tolerate." Then he announced that he would not recommend charges.

Republicans pounced within minutes. Donald Trump tweeted that the decision was "a total disgrace." House Speaker Paul Ryan said the decision "makes no sense to the American people." Reince Priebus, the chairman of the Republican National Committee, said in a statement that it was "a dark day for equal justice."

The anger is understandable. But I think Democrats are misreading what happened, and so are Republicans.

Consider Comey's testimony before the House Oversight Committee two days later. Under questioning from Rep. Trey Gowdy, he said that her public statements were not consistent with what investigators found. That is bad. But he also testified that there was "no evidence" she had intended to break the law.

Is that the scandal of the century? Or is it a story about a careless bureaucracy and a candidate who took too long to apologize?

Clinton herself has started to sound different. "I should have used two accounts. That was on me," she told NBC's Lester Holt on Wednesday. It was the clearest apology of her campaign so far.

The New York Times reported this week that Clinton's aides are drafting a longer explanation for the fall debates. The Times editorial board thinks she should go further and hold a full news conference on the subject.

I would tell them to keep it short. The email story is now 18 months old. According to a CNN/ORC poll taken after Comey's announcement, 56 percent of voters now say the matter is closed for them. That number will not hold if the campaign keeps relitigating the case every week.

Comey gave Clinton a path out of this mess, whether he meant to or not. I hope she takes it.
""", """
said || Comey || Hillary Clinton and her aides had handled classified information with "a recklessness that no official should tolerate." || named_person
announced || he || he would not recommend charges || named_person
tweeted || Donald Trump || the decision was "a total disgrace." || named_person
said || House Speaker Paul Ryan || the decision "makes no sense to the American people." || named_person
said || Reince Priebus, the chairman of the Republican National Committee || it was "a dark day for equal justice." || named_person
think || I || Democrats are misreading what happened, and so are Republicans || unknown
said || he || her public statements were not consistent with what investigators found || named_person
testified || he || there was "no evidence" she had intended to break the law || named_person
told || she || "I should have used two accounts. That was on me," || named_person
reported || The New York Times || Clinton's aides are drafting a longer explanation for the fall debates || media
thinks || The Times editorial board || she should go further and hold a full news conference on the subject || media
would tell || I || to keep it short || unknown
According to || a CNN/ORC poll taken after Comey's announcement || 56 percent of voters now say the matter is closed for them || document
hope || I || she takes it || unknown
"""))

DOCS_A.append(("w03", """
In Ohio steel country, Trump voters stick with their man

YOUNGSTOWN, Ohio -- The line outside the Covelli Centre began forming before dawn on Monday, hours before Donald Trump was due to take the stage. By noon it stretched past the parking garage and around the block.

Few people in it had much patience for the controversy that dominated cable news over the weekend. Trump's supporters believe the establishment media has been trying to end his campaign since the day he came down the escalator, and they are not about to change their minds now.

"They said he'd be gone by Iowa. They said he'd be gone by Super Tuesday," said Denise Kovach, 58, a retired school cafeteria worker from nearby Struthers. "He's still here, and so are we."

Kovach said she had voted for Barack Obama twice. She now thinks Obama's trade deals cost her husband his job at a pipe plant that closed in 2009.

The mainstream press has spent three days insisting that Trump's comments about a Gold Star family would finally break the bond between the candidate and his voters. CNN declared that the remarks were a "turning point." The Washington Post wrote that even loyal supporters were having "second thoughts."

Nobody in this line was buying it. "I don't agree with everything he says. I don't need to," said Mike Petrella, a union pipefitter who wore a hard hat with a Trump sticker on it. "What I need is somebody who is going to bring the jobs back."

One woman in a red "Make America Great Again" cap, who declined to give her name, said she worried that reporters would twist her words. "You people always do," she said, laughing.

Inside the arena, Trump did not mention the Gold Star controversy by name. The billionaire told the crowd that the "dishonest media" was "the lowest form of life" and promised to renegotiate NAFTA "on day one."

Democrats, for their part, insist the race is slipping away from him. A Quinnipiac University poll released last week showed Clinton leading Trump by four points in Ohio. But the voters in Youngstown have little use for polls.

"Polls?" Kovach said. "The polls said Brexit would lose, too."
""", """
believe || Trump's supporters || the establishment media has been trying to end his campaign since the day he came down the escalator || anonymous
said || Denise Kovach, 58, a retired school cafeteria worker from nearby Struthers || "They said he'd be gone by Iowa. They said he'd be gone by Super Tuesday," ## "He's still here, and so are we." || named_person
said || Kovach || she had voted for Barack Obama twice || named_person
thinks || She || Obama's trade deals cost her husband his job at a pipe plant that closed in 2009 || named_person
insisting || The mainstream press || Trump's comments about a Gold Star family would finally break the bond between the candidate and his voters || media
declared || CNN || the remarks were a "turning point." || media
wrote || The Washington Post || even loyal supporters were having "second thoughts." || media
said || Mike Petrella, a union pipefitter who wore a hard hat with a Trump sticker on it || "I don't agree with everything he says. I don't need to," ## "What I need is somebody who is going to bring the jobs back." || named_person
said || One woman in a red "Make America Great Again" cap || she worried that reporters would twist her words || anonymous
said || she || "You people always do," || anonymous
told || The billionaire || the "dishonest media" was "the lowest form of life" || named_person
promised || The billionaire || to renegotiate NAFTA "on day one." || named_person
insist || Democrats || the race is slipping away from him || named_org
showed || A Quinnipiac University poll released last week || Clinton leading Trump by four points in Ohio || document
said || Kovach || "Polls?" ## "The polls said Brexit would lose, too." || named_person
"""))

DOCS_A.append(("w04", """
Clinton's Allies Worry the Sanders Wing Will Sit Out November

PHILADELPHIA -- Senator Bernie Sanders has campaigned with Hillary Clinton in New Hampshire and told his supporters from the convention stage that she must be the next president. Yet many of those supporters still say they cannot bring themselves to vote for her.

That gap has become a source of quiet alarm inside the Clinton campaign's Brooklyn headquarters. Clinton's allies worry that a few hundred thousand disaffected progressives in Michigan, Wisconsin and Pennsylvania could decide the election, either by staying home or by voting for Jill Stein, the Green Party nominee.

"We are not taking a single one of those voters for granted," Robby Mook, Clinton's campaign manager, said in an interview on Thursday. "They were with Bernie for a reason, and we have to earn them."

Others in the campaign are less sanguine. Two senior Clinton advisers, who spoke on the condition of anonymity because they were not authorized to discuss internal polling, said the campaign's own surveys showed that roughly a third of Sanders primary voters in Michigan remained undecided or leaned toward a third-party candidate.

Mr. Sanders told Mrs. Clinton during a private meeting in July that she needed to speak more forcefully about trade, according to three people briefed on the conversation.

Mr. Sanders himself has been blunt in public. "Anybody who thinks a protest vote is going to help working people is mistaken," he told a crowd of several thousand in Madison, Wis., on Saturday. "Donald Trump would be a disaster for this country."

Mrs. Clinton has tried to meet those voters halfway. The former secretary of state told a union audience in Detroit on Monday that she would oppose the Trans-Pacific Partnership "before the election and after the election."

Not everyone is listening. At a Sanders rally in Milwaukee, several young voters said they distrusted Mrs. Clinton's ties to Wall Street and doubted she would fight for a $15 minimum wage. "She'll say anything to win," said Kayla Jennings, 24, a nursing student. "I don't believe a word of it."

John Podesta, the campaign chairman, has argued that such voters will come around once they focus on the Supreme Court. A Pew Research Center survey released this month lends him some support: it found that 85 percent of Sanders backers planned to vote for Mrs. Clinton.

It was announced on Friday that Mr. Sanders would hold six more rallies for the nominee in the Upper Midwest before Election Day. Whether his voters will follow him there is another matter.
""", """
Worry || Clinton's Allies || the Sanders Wing Will Sit Out November || anonymous
told || Senator Bernie Sanders || she must be the next president || named_person
say || many of those supporters || they cannot bring themselves to vote for her || anonymous
worry || Clinton's allies || a few hundred thousand disaffected progressives in Michigan, Wisconsin and Pennsylvania could decide the election, either by staying home or by voting for Jill Stein, the Green Party nominee || anonymous
said || Robby Mook, Clinton's campaign manager || "We are not taking a single one of those voters for granted," ## "They were with Bernie for a reason, and we have to earn them." || named_person
said || Two senior Clinton advisers || the campaign's own surveys showed that roughly a third of Sanders primary voters in Michigan remained undecided or leaned toward a third-party candidate || anonymous
according to || three people briefed on the conversation || Mr. Sanders told Mrs. Clinton during a private meeting in July that she needed to speak more forcefully about trade || anonymous
told || he || "Anybody who thinks a protest vote is going to help working people is mistaken," ## "Donald Trump would be a disaster for this country." || named_person
told || The former secretary of state || she would oppose the Trans-Pacific Partnership "before the election and after the election." || named_person
said || several young voters || they distrusted Mrs. Clinton's ties to Wall Street and doubted she would fight for a $15 minimum wage || anonymous
said || Kayla Jennings, 24, a nursing student || "She'll say anything to win," ## "I don't believe a word of it." || named_person
has argued || John Podesta, the campaign chairman || such voters will come around once they focus on the Supreme Court || named_person
found || it || 85 percent of Sanders backers planned to vote for Mrs. Clinton || document
was announced || - || Mr. Sanders would hold six more rallies for the nominee in the Upper Midwest before Election Day || unknown
"""))

DOCS_A.append(("w05", """
Senate Republicans Are Right to Hold the Line on the Supreme Court

When Justice Antonin Scalia died in February, conservatives across the country understood immediately what was at stake. The next justice would decide whether the Court kept faith with the Constitution or became a rubber stamp for the left.

Senate Majority Leader Mitch McConnell moved quickly. Within hours of Scalia's death, he announced that the Senate would not consider any nominee until a new president took office. "The American people deserve a say in this," McConnell said in a statement.

President Obama, of course, disagrees. He nominated Judge Merrick Garland in March and has insisted ever since that the Senate has a "constitutional duty" to give him a hearing. Democrats have staged rallies on the Capitol steps and run ads in the home states of vulnerable Republican senators.

We think Obama's argument is weak. The Constitution gives the president the power to nominate, but it gives the Senate the power to withhold its consent, and the Senate can withhold it by doing nothing at all.

Besides, would Democrats behave any differently if the roles were reversed? In 1992, then-Senator Joe Biden argued on the Senate floor that President George H.W. Bush should not fill a vacancy in an election year. Conservatives have long memories.

Some Republicans are nervous. Sen. Mark Kirk of Illinois, who faces a difficult re-election race, met with Garland in April. Afterward, the senator said the Senate should "stop hiding and hold a vote." A handful of other GOP senators have hinted that they might support a hearing after the election if Clinton wins.

That would be a mistake. According to a Rasmussen Reports survey, 52 percent of likely Republican voters want the seat left open until January. Conservative voters believe, correctly, that this seat could shape the law for a generation.

McConnell told Fox News on Sunday that he had "no regrets." We hope he keeps it that way. If Republicans fold now, why should their voters ever trust them again?
""", """
understood || conservatives across the country || what was at stake || anonymous
announced || he || the Senate would not consider any nominee until a new president took office || named_person
said || McConnell || "The American people deserve a say in this," || named_person
has insisted || He || the Senate has a "constitutional duty" to give him a hearing || named_person
think || We || Obama's argument is weak || unknown
argued || then-Senator Joe Biden || President George H.W. Bush should not fill a vacancy in an election year || named_person
said || the senator || the Senate should "stop hiding and hold a vote." || named_person
have hinted || A handful of other GOP senators || they might support a hearing after the election if Clinton wins || anonymous
According to || a Rasmussen Reports survey || 52 percent of likely Republican voters want the seat left open until January || document
believe || Conservative voters || this seat could shape the law for a generation || anonymous
told || McConnell || he had "no regrets." || named_person
hope || We || he keeps it that way || unknown
"""))

DOCS_A.append(("w06", """
North Carolina's bathroom law is costing the state more than money

When North Carolina's legislature passed House Bill 2 in a single day in March, Gov. Pat McCrory said the law was about "common sense" and privacy. Five months later, the bill's price is becoming clear.

PayPal has canceled plans for a 400-job operations center in Charlotte. The NBA announced last month that it would move its 2017 All-Star Game out of the state. Bruce Springsteen, Pearl Jam and a string of other performers have scrapped concerts. A study by the Williams Institute at the University of California at Los Angeles estimated that the law could cost North Carolina as much as $5 billion a year in federal funding and lost business.

The law's supporters argue that these losses are the price of protecting women and children in public restrooms. Lt. Gov. Dan Forest has said he would rather lose the All-Star Game than "gamble with the safety of our daughters." Yet no one has produced evidence of a transgender person assaulting anyone in a North Carolina restroom. In fact, police departments in Charlotte and Raleigh told reporters in April that they had no record of such an incident.

The Justice Department has taken the state to court, arguing that the law violates the Civil Rights Act. Attorney General Loretta Lynch, a native of Greensboro, said in May that the law was "discrimination, plain and simple." McCrory has countered that Washington is trying to dictate bathroom policy to 50 states.

The politics have shifted as well. A poll by Public Policy Polling in July found that 55 percent of North Carolina voters wanted the law repealed, and McCrory, once a comfortable favorite for re-election, now trails Attorney General Roy Cooper, his Democratic challenger, in most public surveys. Some Republican legislators privately admit that the bill was rushed.

We believe the legislature should repeal the law when it returns in the fall. That would not be a concession to big business or to Washington. It would simply be good government. A bad law, written in haste, has hurt the very people it was meant to protect.

McCrory said last week that he would not call a special session. Does he really want to spend the last weeks of the campaign defending a law that has cost his state so much?
""", """
said || Gov. Pat McCrory || the law was about "common sense" and privacy || named_person
announced || The NBA || it would move its 2017 All-Star Game out of the state || named_org
estimated || A study by the Williams Institute at the University of California at Los Angeles || the law could cost North Carolina as much as $5 billion a year in federal funding and lost business || document
argue || The law's supporters || these losses are the price of protecting women and children in public restrooms || anonymous
has said || Lt. Gov. Dan Forest || he would rather lose the All-Star Game than "gamble with the safety of our daughters." || named_person
told || police departments in Charlotte and Raleigh || they had no record of such an incident || named_org
arguing || The Justice Department || the law violates the Civil Rights Act || named_org
said || Attorney General Loretta Lynch, a native of Greensboro || the law was "discrimination, plain and simple." || named_person
has countered || McCrory || Washington is trying to dictate bathroom policy to 50 states || named_person
found || A poll by Public Policy Polling in July || 55 percent of North Carolina voters wanted the law repealed || document
admit || Some Republican legislators || the bill was rushed || anonymous
believe || We || the legislature should repeal the law when it returns in the fall || unknown
said || McCrory || he would not call a special session || named_person
"""))
# Articles w07-w12 (curly quotes). Same annotation line format as articles_a.py.
DOCS_B = []

DOCS_B.append(("w07", """
In Indiana, Mike Pence Tries to Sell a Candidate He Once Kept at Arm’s Length

COLUMBUS, Ind. — Gov. Mike Pence has a habit, when he is confronted with a hard question, of pausing for a long moment and folding his hands as if in prayer.

He did it again on Tuesday at a diner here, when a retired teacher named Carol Ostermann asked how he could support a man who had mocked a disabled reporter.

“I’m a Christian, a conservative and a Republican, in that order,” Mr. Pence told her. “And I believe Donald Trump will be a president who stands up for the things I care about.”

Ms. Ostermann said afterward that she appreciated the answer but was still undecided. “He’s a decent man,” she said. “I’m just not sure the man at the top of the ticket is.”

It is a conversation Mr. Pence has had many times since Mr. Trump chose him as his running mate in July. In the spring, the governor voted for Senator Ted Cruz in the Indiana primary. Now he spends much of his time with evangelical voters and Republican officials who remain uneasy about the nominee.

Mr. Pence insists that he and Mr. Trump agree on the issues that matter most. “We are in lockstep on the Supreme Court, on taxes and on rebuilding our military,” he told reporters on his campaign plane. He acknowledged that the two men have “different styles.”

Indiana Democrats are unimpressed. John Gregg, the party’s nominee to succeed Mr. Pence as governor, said the running mate had “traded his principles for a promotion.” The Indianapolis Star reported last month that Mr. Pence’s approval rating in the state had fallen to 40 percent, its lowest level since he took office.

Mr. Trump, for his part, has been generous. At a rally in Fort Wayne last week, he said Mr. Pence was “a total rock star” and predicted that Indiana would deliver “a very, very big win.”

Back at the diner, Mr. Pence paid for his coffee and shook hands with the cook. He said he had no regrets about joining the ticket. “Not for a second,” he said.
""", """
asked || a retired teacher named Carol Ostermann || how he could support a man who had mocked a disabled reporter || named_person
told || Mr. Pence || “I’m a Christian, a conservative and a Republican, in that order,” ## “And I believe Donald Trump will be a president who stands up for the things I care about.” || named_person
said || Ms. Ostermann || she appreciated the answer but was still undecided || named_person
said || she || “He’s a decent man,” ## “I’m just not sure the man at the top of the ticket is.” || named_person
insists || Mr. Pence || he and Mr. Trump agree on the issues that matter most || named_person
told || he || “We are in lockstep on the Supreme Court, on taxes and on rebuilding our military,” || named_person
acknowledged || He || the two men have “different styles.” || named_person
said || John Gregg, the party’s nominee to succeed Mr. Pence as governor || the running mate had “traded his principles for a promotion.” || named_person
reported || The Indianapolis Star || Mr. Pence’s approval rating in the state had fallen to 40 percent, its lowest level since he took office || media
said || he || Mr. Pence was “a total rock star” || named_person
predicted || he @@ he said Mr. Pence was || Indiana would deliver “a very, very big win.” || named_person
said || He || he had no regrets about joining the ticket || named_person
said || he || “Not for a second,” || named_person
"""))

DOCS_B.append(("w08", """
Democrats Are Quietly Panicking About the Senate

Publicly, Democratic leaders say they are confident about winning back the Senate in November. Privately, many Democratic strategists fear the party is leaving winnable races on the table.

“We’re spending like we’ve already won Pennsylvania and New Hampshire,” said one Democratic operative who has worked on Senate races for two decades. “Meanwhile, nobody is paying attention to Missouri or Indiana.” He spoke on the condition of anonymity to avoid angering party leaders.

Several donors who attended a retreat in Napa, Calif., last month told The Huffington Post that they left frustrated. According to two people who were in the room, one major contributor asked Sen. Jon Tester, the head of the Democratic Senatorial Campaign Committee, why the party had not put more money into North Carolina.

Tester says the committee is making the right bets. “We are going where the math takes us,” he said in a statement to HuffPost. A spokesman for the DSCC added that the committee had reserved $10 million in television time for the final month.

Still, the worry is widespread. Party officials in Washington believe that Donald Trump’s slide in the polls has not dragged down Republican incumbents as much as they had hoped. Some Democratic pollsters think voters are deliberately splitting their tickets to check a President Clinton.

A memo circulated among Senate candidates last week warned that Sen. Rob Portman of Ohio had opened a double-digit lead and that Sen. Marco Rubio was outperforming Trump in Florida by as much as eight points. Its authors urged campaigns to tie Republicans more closely to the nominee.

Some progressive activists argue that the party’s leadership recruited cautious, establishment candidates in a year when voters were hungry for fighters. “Where is the fight?” asked one organizer with MoveOn.org. “People want someone who will burn the place down, and we gave them a list of former governors.”

Is the panic justified? The latest FiveThirtyEight forecast shows Democrats with a slightly better than even chance of taking control. But the mood in the party is a long way from the confidence of the spring, when a wave seemed possible.
""", """
say || Democratic leaders || they are confident about winning back the Senate in November || anonymous
fear || many Democratic strategists || the party is leaving winnable races on the table || anonymous
said || one Democratic operative who has worked on Senate races for two decades || “We’re spending like we’ve already won Pennsylvania and New Hampshire,” ## “Meanwhile, nobody is paying attention to Missouri or Indiana.” || anonymous
told || Several donors who attended a retreat in Napa, Calif., last month || they left frustrated || anonymous
According to || two people who were in the room || one major contributor asked Sen. Jon Tester, the head of the Democratic Senatorial Campaign Committee, why the party had not put more money into North Carolina || anonymous
says || Tester || the committee is making the right bets || named_person
said || he || “We are going where the math takes us,” || named_person
added || A spokesman for the DSCC || the committee had reserved $10 million in television time for the final month || anonymous
believe || Party officials in Washington || Donald Trump’s slide in the polls has not dragged down Republican incumbents as much as they had hoped || anonymous
think || Some Democratic pollsters || voters are deliberately splitting their tickets to check a President Clinton || anonymous
warned || A memo circulated among Senate candidates last week || Sen. Rob Portman of Ohio had opened a double-digit lead and that Sen. Marco Rubio was outperforming Trump in Florida by as much as eight points || document
urged || Its authors || to tie Republicans more closely to the nominee || anonymous
argue || Some progressive activists || the party’s leadership recruited cautious, establishment candidates in a year when voters were hungry for fighters || anonymous
asked || one organizer with MoveOn.org || “Where is the fight?” ## “People want someone who will burn the place down, and we gave them a list of former governors.” || anonymous
shows || The latest FiveThirtyEight forecast || Democrats with a slightly better than even chance of taking control || document
"""))

DOCS_B.append(("w09", """
The GOP Establishment Still Doesn’t Get It

Another week, another round of hand-wringing from the Republican establishment. On Monday, more than 50 former national security officials who served under Republican presidents warned in an open letter that Donald Trump “lacks the temperament to command a platoon, let alone the armed forces.”

The media went wild over the letter. The New York Times declared that it was “a remarkable rebuke.” Most of the signers have spent their entire careers inside the Beltway.

These are the same people who sold the country the Iraq war. They are the same people who spent $100 million on Jeb Bush. And now, once again, they think they know better than the voters who chose Trump in the primaries.

Many establishment Republicans fear that he will win, and that a President Trump will finally end the cozy arrangement between Washington and the donor class. That, not his temperament, is what keeps them up at night.

Look at Speaker Paul Ryan. He is backing Trump, technically, but he told a Wisconsin radio host last week that he would “never defend” some of the nominee’s statements. Meanwhile, Ryan has spent months promoting “A Better Way,” a policy agenda that reads like it came straight from the Chamber of Commerce.

RNC Chairman Reince Priebus, to his credit, has stood by the nominee. Priebus told reporters on Wednesday that the party was “100 percent unified” and that the letter writers “don’t speak for the base.” According to a source close to the RNC, Priebus believes that the donors who sat out the primary will come around by October.

Breitbart News reported in June that several major GOP donors had privately pledged to spend nothing on the presidential race. Trump adviser Kellyanne Conway said on Fox News that the campaign does not need them. “We have the people,” she said. “They have the money. I’ll take the people.”

Whom does the establishment represent anymore? Its candidates won a combined handful of states this year. Trump won 37. I suspect the voters will remember in November who stood with them.
""", """
warned || more than 50 former national security officials who served under Republican presidents || Donald Trump “lacks the temperament to command a platoon, let alone the armed forces.” || anonymous
declared || The New York Times || it was “a remarkable rebuke.” || media
think || they || they know better than the voters who chose Trump in the primaries || anonymous
fear || Many establishment Republicans || he will win, and that a President Trump will finally end the cozy arrangement between Washington and the donor class || anonymous
told || he || he would “never defend” some of the nominee’s statements || named_person
told || Priebus || the party was “100 percent unified” and that the letter writers “don’t speak for the base.” || named_person
According to || a source close to the RNC || Priebus believes that the donors who sat out the primary will come around by October || anonymous
reported || Breitbart News || several major GOP donors had privately pledged to spend nothing on the presidential race || media
said || Trump adviser Kellyanne Conway || the campaign does not need them || named_person
said || she || “We have the people,” ## “They have the money. I’ll take the people.” || named_person
suspect || I || the voters will remember in November who stood with them || unknown
"""))

DOCS_B.append(("w10", """
Obama, freed from the ballot, becomes Clinton’s most aggressive surrogate

President Obama has long been impatient with Donald Trump. But in the final weeks of the campaign, the president has dropped any pretense of staying above the fray.

“This guy is not qualified to be president,” Obama told a crowd of students at Ohio State University on Thursday. “I said it before, and I’ll keep saying it until November 8th.”

White House press secretary Josh Earnest told reporters on Friday that the president would campaign in at least eight states before Election Day, more than any sitting president in modern times for a would-be successor. Earnest said Obama believes the stakes are higher than in either of his own races.

For Obama, the effort is personal. A senior administration official said the president believed Trump’s election would “undo everything” his administration had accomplished, from the Affordable Care Act to the Paris climate agreement. The official spoke on the condition of anonymity to describe the president’s private views.

The numbers help explain the strategy. A Gallup survey released this week found that Obama’s approval rating had climbed to 55 percent, his highest mark since his second inauguration. Clinton’s aides say he can reach young and black voters who have been slow to warm to her.

Republicans argue that the president’s presence on the trail is a gift to them. “Every time he shows up, voters are reminded that Hillary Clinton is running for Obama’s third term,” Sean Spicer, the Republican National Committee’s chief strategist, said in a statement.

Trump has also taken aim at the president. At a rally in North Carolina, he told supporters that Obama should “get off the campaign trail and do his job,” and he claimed that the White House was using Air Force One as a campaign jet. The White House said Thursday that the Clinton campaign reimburses the government for the political portion of each trip, as the law requires.

The Washington Post reported last month that Obama had personally urged Senate candidates in Wisconsin and Pennsylvania to tie their opponents to Trump. Asked about that report, Earnest said only that the president “is happy to help.”
""", """
told || Obama || “This guy is not qualified to be president,” ## “I said it before, and I’ll keep saying it until November 8th.” || named_person
told || White House press secretary Josh Earnest || the president would campaign in at least eight states before Election Day, more than any sitting president in modern times for a would-be successor || named_person
said || Earnest || Obama believes the stakes are higher than in either of his own races || named_person
said || A senior administration official || the president believed Trump’s election would “undo everything” his administration had accomplished, from the Affordable Care Act to the Paris climate agreement || anonymous
found || A Gallup survey released this week || Obama’s approval rating had climbed to 55 percent, his highest mark since his second inauguration || document
say || Clinton’s aides || he can reach young and black voters who have been slow to warm to her || anonymous
argue || Republicans || the president’s presence on the trail is a gift to them || named_org
said || Sean Spicer, the Republican National Committee’s chief strategist || “Every time he shows up, voters are reminded that Hillary Clinton is running for Obama’s third term,” || named_person
told || he @@ he told supporters || Obama should “get off the campaign trail and do his job,” || named_person
claimed || he || the White House was using Air Force One as a campaign jet || named_person
said || The White House || the Clinton campaign reimburses the government for the political portion of each trip, as the law requires || named_org
reported || The Washington Post || Obama had personally urged Senate candidates in Wisconsin and Pennsylvania to tie their opponents to Trump || media
said || Earnest || the president “is happy to help.” || named_person
"""))

DOCS_B.append(("w11", """
Appeals Court Strikes Down Voter ID, and North Carolina Conservatives Are Furious

A federal appeals court on Friday struck down North Carolina’s voter identification law, ruling that the Republican-led legislature had singled out black voters in ways that “cannot be explained by anything other than race.”

The decision by a three-judge panel of the U.S. Court of Appeals for the 4th Circuit, in Richmond, Va., overturned a lower court ruling from April. Writing for the panel, Judge Diana Gribbon Motz said the law’s provisions “solved problems that the state never proved it had.”

Gov. Pat McCrory said in a statement that the state would appeal to the Supreme Court. “Photo ID is required to board a plane and buy cold medicine,” McCrory said. “Why should voting be any different?”

Conservatives across the state share his frustration. Many voters here believe that voter fraud is more common than the courts admit, and many of them argue that the ruling was the work of unelected judges overruling the people’s representatives.

Critics of the law are celebrating. The American Civil Liberties Union, which brought one of the challenges, said the ruling was “a victory for every eligible voter in North Carolina.” Allison Riggs, a lawyer with the Southern Coalition for Social Justice, told reporters that the legislature had requested data on voting by race before writing the bill.

Two GOP legislative staffers, speaking on the condition of anonymity because they were not permitted to discuss internal deliberations, said the race data was requested to estimate how many voters lacked a driver’s license, not to target anyone.

We have a simple question for the judges in Richmond: If a photo ID is fair for buying a beer, why is it unfair for choosing a president? According to a 2016 Rasmussen survey, 76 percent of Americans support voter ID laws, including a majority of black voters.

The Supreme Court, still short one justice after the death of Antonin Scalia, may not be able to save the law before November. The Charlotte Observer reported Saturday that election officials in several counties were already reprinting instructions for poll workers. We fear that this ruling will not be the last of its kind.
""", """
ruling || A federal appeals court || the Republican-led legislature had singled out black voters in ways that “cannot be explained by anything other than race.” || named_org
said || Judge Diana Gribbon Motz || the law’s provisions “solved problems that the state never proved it had.” || named_person
said || Gov. Pat McCrory || the state would appeal to the Supreme Court || named_person
said || McCrory || “Photo ID is required to board a plane and buy cold medicine,” ## “Why should voting be any different?” || named_person
believe || Many voters here || voter fraud is more common than the courts admit || anonymous
argue || many of them || the ruling was the work of unelected judges overruling the people’s representatives || anonymous
said || The American Civil Liberties Union || the ruling was “a victory for every eligible voter in North Carolina.” || named_org
told || Allison Riggs, a lawyer with the Southern Coalition for Social Justice || the legislature had requested data on voting by race before writing the bill || named_person
said || Two GOP legislative staffers || the race data was requested to estimate how many voters lacked a driver’s license, not to target anyone || anonymous
According to || a 2016 Rasmussen survey || 76 percent of Americans support voter ID laws, including a majority of black voters || document
reported || The Charlotte Observer || election officials in several counties were already reprinting instructions for poll workers || media
fear || We || this ruling will not be the last of its kind || unknown
"""))

DOCS_B.append(("w12", """
Kaine Interrupted, Pence Deflected. Who Won the Night?

FARMVILLE, Va. — For 90 minutes on Tuesday night, Senator Tim Kaine of Virginia interrupted, and Gov. Mike Pence of Indiana smiled. By the end of the only vice-presidential debate of 2016, it was not clear that either man had changed a single vote.

The instant verdicts split along predictable lines. A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine. Many undecided voters thought Mr. Kaine came across as rude, according to a survey conducted by Frank Luntz for CBS News.

Kellyanne Conway, Donald J. Trump’s campaign manager, told reporters in the spin room that Mr. Pence had been “the adult on the stage.” Robby Mook, her counterpart on the Clinton campaign, insisted that Mr. Kaine had accomplished his mission by forcing Mr. Pence to defend his running mate’s words. “Governor Pence spent the whole night running away from Donald Trump,” Mr. Mook said.

That was the Democrats’ plan from the start. In an email to Clinton aides last month, John Podesta, the campaign chairman, wrote that Mr. Kaine should “make Pence own every single thing Trump has said,” according to a Clinton adviser who has seen the message.

Did it work? Mr. Pence repeatedly declined to defend Mr. Trump’s remarks about Mexican immigrants, saying instead that Mr. Kaine and Mrs. Clinton had run “a campaign of name-calling.” Several Republican strategists said afterward that the governor had helped himself more than the ticket.

“He looked like a president. That’s the problem,” one former aide to Mitt Romney said. “Everybody is going to ask why he isn’t at the top of the ticket.” He added that Mr. Pence would be “the front-runner in 2020 if this goes badly.”

Mr. Trump did not seem to mind. He wrote on Twitter that Mr. Pence had “won big” and that the “media is so biased” against him. Politico reported Wednesday that Mr. Trump had privately complained to aides that Mr. Pence had not defended him forcefully enough. The Trump campaign said the report was false.

Mr. Kaine, for his part, said on Wednesday morning that he had no regrets about his approach. “I was not there to be liked,” he told MSNBC. Vice-presidential debates rarely move the polls, and by Thursday most voters will have moved on. I suspect the campaigns already have.
""", """
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine || document
according to || a survey conducted by Frank Luntz for CBS News || Many undecided voters thought Mr. Kaine came across as rude || document
told || Kellyanne Conway, Donald J. Trump’s campaign manager || Mr. Pence had been “the adult on the stage.” || named_person
insisted || Robby Mook, her counterpart on the Clinton campaign || Mr. Kaine had accomplished his mission by forcing Mr. Pence to defend his running mate’s words || named_person
said || Mr. Mook || “Governor Pence spent the whole night running away from Donald Trump,” || named_person
according to || a Clinton adviser who has seen the message || In an email to Clinton aides last month, John Podesta, the campaign chairman, wrote that Mr. Kaine should “make Pence own every single thing Trump has said,” || anonymous
saying || Mr. Pence || Mr. Kaine and Mrs. Clinton had run “a campaign of name-calling.” || named_person
said || Several Republican strategists || the governor had helped himself more than the ticket || anonymous
said || one former aide to Mitt Romney || “He looked like a president. That’s the problem,” ## “Everybody is going to ask why he isn’t at the top of the ticket.” || anonymous
added || He || Mr. Pence would be “the front-runner in 2020 if this goes badly.” || anonymous
wrote || He || Mr. Pence had “won big” and that the “media is so biased” against him || named_person
reported || Politico || Mr. Trump had privately complained to aides that Mr. Pence had not defended him forcefully enough || media
said || The Trump campaign || the report was false || named_org
said || Mr. Kaine || he had no regrets about his approach || named_person
told || he || “I was not there to be liked,” || named_person
suspect || I || the campaigns already have || unknown
"""))


# ---------------------------------------------------------------------------
# Engine: computes every offset from the text; nothing is typed by hand.
# ---------------------------------------------------------------------------

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"


def _occurrences(text, s):
    """All (start, end) of s in text; word-bounded at ends that are word characters."""
    pat = re.escape(s)
    if s[:1].isalnum() or s[:1] == "_":
        pat = r"(?<!\w)" + pat
    if s[-1:].isalnum() or s[-1:] == "_":
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _with_context(text, spec):
    """'TEXT @@ CONTEXT' -> (start, end) of TEXT inside the unique CONTEXT, or None."""
    if " @@ " not in spec:
        return None
    s, ctx = spec.split(" @@ ", 1)
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, ("context not unique", ctx, len(occ))
    i = ctx.find(s)
    assert i >= 0, ("span not in its context", s, ctx)
    return (occ[0] + i, occ[0] + i + len(s))


def _gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, spec, anchors, avoid):
    """Occurrence of spec nearest to the anchor spans, not overlapping the avoided spans."""
    got = _with_context(text, spec)
    if got:
        return got
    cands = [o for o in _occurrences(text, spec) if not any(_overlaps(o, a) for a in avoid)]
    assert cands, ("span not found", spec)
    return min(cands, key=lambda o: (min(_gap(o, a) for a in anchors), o[0]))


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse(doc_id, text, ann):
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, (doc_id, typ)
        frags = []
        for f in con_s.split(" ## "):
            got = _with_context(text, f)
            if not got:
                occ = _occurrences(text, f)
                assert len(occ) == 1, (doc_id, "content not unique or missing", f, len(occ))
                got = occ[0]
            frags.append(got)
        assert all(frags[i][1] <= frags[i + 1][0] for i in range(len(frags) - 1)), (doc_id, con_s)
        cue = _nearest(text, cue_s, frags, frags)
        if src_s == "-":
            src = None
            assert typ == "unknown", (doc_id, line)
        else:
            src = _nearest(text, src_s, [cue], frags + [cue])
        content = {"start": frags[0][0], "end": frags[-1][1], "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        # checks
        for sp in [rec["cue"], rec["source"], rec["content"]]:
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), (doc_id, sp["text"])
        for f in frags:
            ft = text[f[0]:f[1]]
            assert not ft.lower().startswith("that "), (doc_id, ft)
            assert not ft.endswith("."), (doc_id, "period outside quotes", ft)
        assert cue_s.split(" @@ ")[0] == rec["cue"]["text"]
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def build():
    records = []
    docs = DOCS_A + DOCS_B
    assert len(docs) == 12
    half = len(docs) // 2
    for i, (doc_id, text, ann) in enumerate(docs):
        text = text.strip("\n")
        assert doc_id == f"w{i + 1:02d}"
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", doc_id  # headline, blank line
        assert "\n\n\n" not in text
        nwords = len(text.split())
        assert 300 <= nwords <= 500, (doc_id, nwords)
        if i < half:
            assert not any(c in text for c in CURLY), (doc_id, "curly quote in first half")
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in second half")
            assert "\u201c" in text and "\u2019" in text
        atts = parse(doc_id, text, ann)
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind21.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
