#!/usr/bin/env python3
"""Build ``blind26.jsonl``: the twenty-sixth batch of blind test articles (session 16), held out.

14 invented short (221-276 words) 2016 political news stories, each with 8-10 attributions of
mixed kinds, written and annotated by a helper session that never read claimtrace's code, tests
or data; see NOTES.md. Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind26/build_blind26.py [--check]`` (``--check``: exit 1 if
blind26.jsonl is stale).

The helper's own notes on the format follow.

Blind test set b26: 14 invented 2016-style US political news articles with
hand-annotated attributions (PolNeAR-style spans). Stdlib only.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
Span specs:
  * plain text: the string itself. If it occurs more than once (word-bounded),
    CONTENT must be unique; CUE picks the occurrence nearest to the content;
    SOURCE picks the occurrence nearest to the cue (outside the content).
  * context form: "left [[span]] right" -- the whole string without the
    brackets must occur exactly once; the span is the bracketed part.
  * CONTENT fragments are separated by " ## " (discontinuous quote).
  * SOURCE "NULL" = no source in the article.
All offsets are computed; every span is asserted against the text.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann.strip("\n")))


# ---------------------------------------------------------------- straight quotes (b01-b07)

art("b01", '''
Trump Courts Steel Workers in Ohio Swing County

YOUNGSTOWN, Ohio - Donald J. Trump returned to the Mahoning Valley on Monday with a familiar pitch to the laid-off steel workers who have become the backbone of his support in eastern Ohio.

"We are going to bring those mills back, and we are going to bring them back fast," Mr. Trump told a crowd of about 4,000 at a county fairground. "Nobody else is even going to try."

The Republican nominee said that trade deals signed by previous administrations had "gutted this valley," and he promised to renegotiate the North American Free Trade Agreement in his first hundred days.

Local Democrats were unimpressed. Representative Tim Ryan, whose district includes Youngstown, said the nominee had "never set foot in a steel mill until he needed the votes."

The Trump campaign believes the state is within reach. A senior adviser to the campaign, who spoke on the condition of anonymity to discuss internal polling, said the candidate was running ahead of Mitt Romney's 2012 pace among union households.

A Quinnipiac University poll released last week showed the race tied at 44 percent in Ohio, with Mr. Trump leading by wide margins among white voters without a college degree.

Hillary Clinton's campaign was quick to respond. "Donald Trump makes his ties in China and his promises in Ohio," said Jesse Ferguson, a Clinton spokesman.

Mr. Trump, for his part, told reporters after the rally that he expected to return to Ohio "many, many times" before November, and that he would hold his final rally of the campaign in the state.
''', '''
told || Mr. Trump || "We are going to bring those mills back, and we are going to bring them back fast," ## "Nobody else is even going to try." || named_person
said || The Republican nominee || trade deals signed by previous administrations had "gutted this valley," || named_person
promised || he || to renegotiate the North American Free Trade Agreement in his first hundred days || named_person
said || Representative Tim Ryan, whose district includes Youngstown || the nominee had "never set foot in a steel mill until he needed the votes." || named_person
believes || The Trump campaign || the state is within reach || named_org
said || A senior adviser to the campaign || the candidate was running ahead of Mitt Romney's 2012 pace among union households || anonymous
showed || A Quinnipiac University poll released last week || the race tied at 44 percent in Ohio, with Mr. Trump leading by wide margins among white voters without a college degree || document
said || Jesse Ferguson, a Clinton spokesman || "Donald Trump makes his ties in China and his promises in Ohio," || named_person
told || [[Mr. Trump]], for his part || he expected to return to Ohio "many, many times" before November, and that he would hold his final rally of the campaign in the state || named_person
''')

art("b02", '''
House Leaders Eye Zika Vote Before Summer Recess

WASHINGTON - House Republican leaders are preparing to bring a long-stalled Zika funding bill to the floor next week, Speaker Paul D. Ryan told members of his conference on Wednesday, according to two lawmakers who attended the closed-door meeting.

The $1.1 billion package has been stuck for months in a dispute over Planned Parenthood. Democrats say the Republican version would cut off money for the group's clinics in Puerto Rico.

"We're not going to let this drag into the fall," Mr. Ryan said at his weekly news conference. "Families are waiting, and the mosquitoes are not."

The speaker said he had spoken with Senator Mitch McConnell, the majority leader, and that the two were "in the same place" on the timing.

Democrats were skeptical. Representative Nancy Pelosi of California, the minority leader, said the timeline was "a political stunt" and that Republicans had wasted the summer.

Aides to Mr. McConnell said the Senate could act on the House bill within days if it passed, though one senior Republican aide cautioned that the schedule remained "fluid."

The Centers for Disease Control and Prevention reported on Tuesday that more than 1,800 pregnant women in the United States had shown evidence of Zika infection. The virus, which is spread mainly by mosquitoes, can cause severe birth defects.

A White House spokesman, Eric Schultz, said in a statement that the president would sign "any clean bill that reaches his desk." The administration has already shifted nearly $600 million from the fight against Ebola to pay for mosquito control, testing and vaccine research.
''', '''
according to || two lawmakers who attended the closed-door meeting || House Republican leaders are preparing to bring a long-stalled Zika funding bill to the floor next week, Speaker Paul D. Ryan told members of his conference on Wednesday || anonymous
say || Democrats || the Republican version would cut off money for the group's clinics in Puerto Rico || named_org
said || Mr. Ryan || "We're not going to let this drag into the fall," ## "Families are waiting, and the mosquitoes are not." || named_person
said || The speaker || he had spoken with Senator Mitch McConnell, the majority leader, and that the two were "in the same place" on the timing || named_person
said || Representative Nancy Pelosi of California, the minority leader || the timeline was "a political stunt" and that Republicans had wasted the summer || named_person
said || Aides to Mr. McConnell || the Senate could act on the House bill within days if it passed || anonymous
cautioned || one senior Republican aide || the schedule remained "fluid." || anonymous
reported || The Centers for Disease Control and Prevention || more than 1,800 pregnant women in the United States had shown evidence of Zika infection || named_org
said || A White House spokesman, Eric Schultz || the president would sign "any clean bill that reaches his desk." || named_person
''')

art("b03", '''
White House Presses Senate on Garland as Court Vacancy Drags On

WASHINGTON - The White House stepped up its campaign for Judge Merrick B. Garland on Thursday, arguing that the Supreme Court could not function for a full term with only eight justices.

"Every day that goes by without a hearing is a day the Senate is not doing its job," Josh Earnest, the White House press secretary, told reporters at the daily briefing.

Mr. Earnest said the president had called several Republican senators in recent days, though he declined to name them.

Senate Republicans have not budged. Senator Mitch McConnell of Kentucky, the majority leader, has argued since February that the next president should fill the seat left by Justice Antonin Scalia, and his office said on Thursday that his position "has not changed and will not change."

Some Republicans facing tough re-election races worry that the blockade could hurt them in November. One Republican senator, speaking on the condition of anonymity to discuss private conversations, said he expected "a few more cracks" after the conventions.

A CNN/ORC poll released this week found that 57 percent of Americans want the Senate to hold hearings on the nomination.

The Washington Post reported last month that Judge Garland had begun meeting quietly with former clerks to prepare for possible hearings. Judge Garland, the chief judge of the United States Court of Appeals for the District of Columbia Circuit, has continued to hear cases in the meantime, but he has stepped back from administrative duties at the court.

The seat has now been vacant for more than five months, the longest stretch since the 1960s.
''', '''
arguing || The White House || the Supreme Court could not function for a full term with only eight justices || named_org
told || Josh Earnest, the White House press secretary || "Every day that goes by without a hearing is a day the Senate is not doing its job," || named_person
said || Mr. Earnest || the president had called several Republican senators in recent days || named_person
has argued || Senator Mitch McConnell of Kentucky, the majority leader || the next president should fill the seat left by Justice Antonin Scalia || named_person
said || his office || his position "has not changed and will not change." || named_org
worry || Some Republicans facing tough re-election races || the blockade could hurt them in November || anonymous
said || One Republican senator || he expected "a few more cracks" after the conventions || anonymous
found || A CNN/ORC poll released this week || 57 percent of Americans want the Senate to hold hearings on the nomination || document
reported || The Washington Post || Judge Garland had begun meeting quietly with former clerks to prepare for possible hearings || media
''')

art("b04", '''
Sanders Campaign Posts Record Month as Small Donations Pour In

BURLINGTON, Vt. - Senator Bernie Sanders's presidential campaign raised $44 million in March, the campaign announced on Friday. It was the largest monthly haul of the Democratic race so far.

Jeff Weaver, the campaign manager, said the average contribution was $27 and that more than 300,000 people had given for the first time.

"This is what a people's campaign looks like," Mr. Weaver told reporters on a conference call. "We don't need a super PAC, and we don't want one."

The Clinton campaign has not released its March total, but a person familiar with its finances said it would be "in the high twenties." Robby Mook, Mrs. Clinton's campaign manager, wrote in a fund-raising email on Thursday that the campaign needed to "keep pace" with Mr. Sanders heading into the New York primary.

Filings with the Federal Election Commission show that Mr. Sanders spent heavily on television in March, pouring nearly $19 million into ads in Wisconsin, New York and other states.

Some Democratic strategists doubt that the money can change the math. Mrs. Clinton leads by more than 200 pledged delegates, according to The Associated Press. Her lead grows much larger when superdelegates, the party officials and elected leaders who can back any candidate, are counted.

Mr. Sanders was defiant at a rally in Madison on Saturday. "We have won six of the last seven contests," he said, "and we are going to win in Wisconsin."

The Wisconsin primary is on Tuesday, and the candidates will then turn to New York, where Mrs. Clinton served two terms in the Senate and Mr. Sanders grew up.
''', '''
announced || the campaign || Senator Bernie Sanders's presidential campaign raised $44 million in March || named_org
said || Jeff Weaver, the campaign manager || the average contribution was $27 and that more than 300,000 people had given for the first time || named_person
told || Mr. Weaver || "This is what a people's campaign looks like," ## "We don't need a super PAC, and we don't want one." || named_person
said || a person familiar with its finances || it would be "in the high twenties." || anonymous
wrote || Robby Mook, Mrs. Clinton's campaign manager || the campaign needed to "keep pace" with Mr. Sanders heading into the New York primary || named_person
show || Filings with the Federal Election Commission || Mr. Sanders spent heavily on television in March, pouring nearly $19 million into ads in Wisconsin, New York and other states || document
doubt || Some Democratic strategists || the money can change the math || anonymous
according to || The Associated Press || Mrs. Clinton leads by more than 200 pledged delegates || media
said || he || "We have won six of the last seven contests," ## "and we are going to win in Wisconsin." || named_person
''')

art("b05", '''
Cruz and Rubio Trade Blows Over Immigration in Houston Debate

HOUSTON - Senators Ted Cruz and Marco Rubio spent much of Thursday night's Republican debate fighting over immigration, while Donald J. Trump, the front-runner, largely watched from center stage.

"Marco stood with Chuck Schumer and Barack Obama on amnesty," Mr. Cruz said. "That is a fact, and he cannot run from it."

Mr. Rubio shot back that the Texas senator had supported legal status for undocumented immigrants in 2013 and was now "pretending otherwise."

After the debate, Mr. Rubio's campaign manager, Terry Sullivan, said in the spin room that the senator had "won every exchange that mattered." Jason Miller, a spokesman for the Cruz campaign, argued that Mr. Rubio had "melted down" when pressed on the 2013 bill.

Mr. Trump, who leads in national polls, stayed mostly above the fray. Asked about his rivals' exchange, he said they were "two desperate politicians" and predicted he would win Texas on Tuesday.

A University of Houston survey released before the debate found Mr. Cruz ahead of Mr. Trump by 11 points among likely Republican voters in Texas, the senator's home state.

Some party leaders fear that neither senator can overtake Mr. Trump unless the other drops out. "As long as there are two of them, he wins," said one Republican National Committee member from a Southern state, who requested anonymity to speak candidly.

The debate, broadcast by CNN and Telemundo, was the last before Super Tuesday, when 11 states will hold Republican contests. Mr. Cruz has made winning Texas the centerpiece of his strategy, and Mr. Rubio has campaigned heavily in Virginia and Minnesota.
''', '''
said || Mr. Cruz || "Marco stood with Chuck Schumer and Barack Obama on amnesty," ## "That is a fact, and he cannot run from it." || named_person
shot back || Mr. Rubio || the Texas senator had supported legal status for undocumented immigrants in 2013 and was now "pretending otherwise." || named_person
said || Mr. Rubio's campaign manager, Terry Sullivan || the senator had "won every exchange that mattered." || named_person
argued || Jason Miller, a spokesman for the Cruz campaign || Mr. Rubio had "melted down" when pressed on the 2013 bill || named_person
said || he || they were "two desperate politicians" || named_person
predicted || he || he would win Texas on Tuesday || named_person
found || A University of Houston survey released before the debate || Mr. Cruz ahead of Mr. Trump by 11 points among likely Republican voters in Texas, the senator's home state || document
fear || Some party leaders || neither senator can overtake Mr. Trump unless the other drops out || anonymous
said || one Republican National Committee member from a Southern state || "As long as there are two of them, he wins," || anonymous
''')

art("b06", '''
Virginia Court Strikes Down McAuliffe's Order on Felon Voting

RICHMOND, Va. - The Virginia Supreme Court on Friday struck down Gov. Terry McAuliffe's executive order restoring voting rights to more than 200,000 former felons, ruling that the governor had exceeded his authority under the state constitution.

In a 4-to-3 decision, Chief Justice Donald W. Lemons wrote that the constitution did not give any governor "the power to restore rights en masse."

Mr. McAuliffe, a Democrat and close ally of Hillary Clinton, said he was "deeply disappointed" and vowed to restore the rights individually, one signature at a time.

"I will sign every one of those orders myself if I have to," the governor said at a news conference in Richmond.

Republican leaders in the General Assembly had brought the lawsuit. William J. Howell, the speaker of the House of Delegates, said in a statement that the court had "upheld the rule of law."

Republicans have argued that the order was timed to help Mrs. Clinton in a swing state. Mr. McAuliffe has said the accusation is "absurd."

According to the state elections department, roughly 11,000 of the former felons had already registered to vote. Those registrations will now be canceled.

A lawyer for the Republican lawmakers, Charles J. Cooper, said the decision would "restore order" before the November election.
''', '''
ruling || The Virginia Supreme Court || the governor had exceeded his authority under the state constitution || named_org
wrote || Chief Justice Donald W. Lemons || the constitution did not give any governor "the power to restore rights en masse." || named_person
said || Mr. McAuliffe, a Democrat and close ally of Hillary Clinton || he was "deeply disappointed" || named_person
vowed || Mr. McAuliffe, a Democrat and close ally of Hillary Clinton || to restore the rights individually, one signature at a time || named_person
said || the governor || "I will sign every one of those orders myself if I have to," || named_person
said || William J. Howell, the speaker of the House of Delegates || the court had "upheld the rule of law." || named_person
have argued || Republicans || the order was timed to help Mrs. Clinton in a swing state || named_org
has said || Mr. McAuliffe || the accusation is "absurd." || named_person
According to || the state elections department || roughly 11,000 of the former felons had already registered to vote || named_org
said || A lawyer for the Republican lawmakers, Charles J. Cooper || the decision would "restore order" before the November election || named_person
''')

art("b07", '''
F.B.I. Review of Clinton Emails Enters Final Stage

WASHINGTON - The F.B.I. investigation into Hillary Clinton's use of a private email server is nearing its conclusion, and agents are expected to interview Mrs. Clinton in the coming weeks, according to three law enforcement officials.

The officials, who were not authorized to discuss the inquiry publicly, said no decision had been made about whether to recommend charges.

The director of the F.B.I., James B. Comey, has told lawmakers that he will not be rushed by the political calendar. "We will do it well, and we will do it promptly, but well comes first," Mr. Comey said at a House hearing in March.

Mrs. Clinton's campaign has said for months that she is eager to cooperate. Her spokesman, Brian Fallon, said on Tuesday that the campaign had offered in August to make her available "whenever the F.B.I. wanted."

Republicans in Congress remain skeptical. Senator Charles E. Grassley of Iowa, chairman of the Judiciary Committee, wrote in a letter to the Justice Department last week that the public deserved "a full accounting" before the election.

Donald J. Trump, the presumptive Republican nominee, has told supporters at nearly every rally that Mrs. Clinton is "protected by a rigged system."

A report by the State Department's inspector general, released in May, concluded that Mrs. Clinton had not sought approval for the private server. Several of her top aides, including her former chief of staff, Cheryl D. Mills, have already been interviewed by agents.
''', '''
according to || three law enforcement officials || The F.B.I. investigation into Hillary Clinton's use of a private email server is nearing its conclusion, and agents are expected to interview Mrs. Clinton in the coming weeks || anonymous
said || The officials || no decision had been made about whether to recommend charges || anonymous
has told || The director of the F.B.I., James B. Comey || he will not be rushed by the political calendar || named_person
said || Mr. Comey || "We will do it well, and we will do it promptly, but well comes first," || named_person
has said || Mrs. Clinton's campaign || she is eager to cooperate || named_org
said || Her spokesman, Brian Fallon || the campaign had offered in August to make her available "whenever the F.B.I. wanted." || named_person
wrote || Senator Charles E. Grassley of Iowa, chairman of the Judiciary Committee || the public deserved "a full accounting" before the election || named_person
has told || Donald J. Trump, the presumptive Republican nominee || Mrs. Clinton is "protected by a rigged system." || named_person
concluded || A report by the State Department's inspector general || Mrs. Clinton had not sought approval for the private server || document
''')

# ---------------------------------------------------------------- curly quotes (b08-b14)

art("b08", '''
Clinton Widens Lead in Post-Convention Polling

Hillary Clinton has opened a lead of eight percentage points over Donald J. Trump nationally, a new NBC News/Wall Street Journal poll shows. The survey was conducted in the days after the Democratic convention in Philadelphia.

The survey found that 47 percent of registered voters supported Mrs. Clinton and 39 percent backed Mr. Trump, with the rest undecided or supporting third-party candidates.

Nearly six in 10 voters said Mr. Trump lacked the temperament to be president, according to the poll.

“This is the cleanest convention bounce we’ve measured in years,” said Peter Hart, a Democratic pollster who conducts the survey with the Republican firm Public Opinion Strategies.

Mr. Trump’s campaign chairman, Paul Manafort, said on Sunday that public polls had “consistently underestimated” the nominee’s support, and he predicted the race would tighten by Labor Day.

A CNN/ORC poll released last week found Mrs. Clinton ahead by five points, and the RealClearPolitics polling average showed her leading by about six.

Democrats worry that the lead could breed complacency. “Nobody in Brooklyn is taking anything for granted,” said one senior Clinton aide, who was not authorized to speak on the record.

Mrs. Clinton and her running mate, Senator Tim Kaine of Virginia, spent the weekend on a bus tour through Pennsylvania and Ohio, two states that Mr. Trump has made central to his path to 270 electoral votes. Mr. Trump held rallies in Florida and Virginia and will deliver an economic speech in Detroit on Monday.
''', '''
shows || a new NBC News/Wall Street Journal poll || Hillary Clinton has opened a lead of eight percentage points over Donald J. Trump nationally || document
found || The survey || 47 percent of registered voters supported Mrs. Clinton and 39 percent backed Mr. Trump, with the rest undecided or supporting third-party candidates || document
according to || the poll || Nearly six in 10 voters said Mr. Trump lacked the temperament to be president || document
said || Peter Hart, a Democratic pollster who conducts the survey with the Republican firm Public Opinion Strategies || “This is the cleanest convention bounce we’ve measured in years,” || named_person
said || Mr. Trump’s campaign chairman, Paul Manafort || public polls had “consistently underestimated” the nominee’s support || named_person
predicted || he || the race would tighten by Labor Day || named_person
found || A CNN/ORC poll released last week || Mrs. Clinton ahead by five points || document
showed || the RealClearPolitics polling average || her leading by about six || document
worry || Democrats || the lead could breed complacency || named_org
said || one senior Clinton aide || “Nobody in Brooklyn is taking anything for granted,” || anonymous
''')

art("b09", '''
Rubio Weighs Reversal on Senate Bid as Party Leaders Press Him

MIAMI — Senator Marco Rubio is seriously reconsidering his decision to leave the Senate and could make an announcement as soon as next week, according to two Republicans close to the senator.

Party leaders fear that without him, Republicans could lose the Florida seat and with it their Senate majority. Senator Mitch McConnell, the majority leader, has personally urged Mr. Rubio to run, one of the people said.

“The leader has made his views very clear,” said the second person, who like the first spoke on condition of anonymity to describe private conversations.

A spokesman for Mr. Rubio, Alex Conant, said only that the senator “has nothing new to announce.”

Lieutenant Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s who is running for the seat, told a Miami radio station on Tuesday that he would “step aside in a heartbeat” if the senator entered the race.

Democrats said they were ready. “Marco Rubio has already told Floridians he hates the Senate,” said Christopher Hayden, a spokesman for the Democratic Senatorial Campaign Committee.

A Monmouth University poll this month found Mr. Rubio leading Representative Patrick Murphy, the likely Democratic nominee, by seven points in a hypothetical matchup.

Mr. Rubio, who finished a distant third in the Florida presidential primary in March, has less than two weeks to decide. The filing deadline for the Aug. 30 primary is June 24, and at least four other Republicans have already entered the race, including Representative Ron DeSantis and the businessman Carlos Beruff.
''', '''
according to || two Republicans close to the senator || Senator Marco Rubio is seriously reconsidering his decision to leave the Senate and could make an announcement as soon as next week || anonymous
fear || Party leaders || without him, Republicans could lose the Florida seat and with it their Senate majority || anonymous
said || one of the people || Senator Mitch McConnell, the majority leader, has personally urged Mr. Rubio to run || anonymous
said || the second person || “The leader has made his views very clear,” || anonymous
said || A spokesman for Mr. Rubio, Alex Conant || the senator “has nothing new to announce.” || named_person
told || Lieutenant Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s who is running for the seat || he would “step aside in a heartbeat” if the senator entered the race || named_person
said || Democrats || they were ready || named_org
said || Christopher Hayden, a spokesman for the Democratic Senatorial Campaign Committee || “Marco Rubio has already told Floridians he hates the Senate,” || named_person
found || A Monmouth University poll this month || Mr. Rubio leading Representative Patrick Murphy, the likely Democratic nominee, by seven points in a hypothetical matchup || document
''')

art("b10", '''
Obama Hits the Trail for Clinton in North Carolina

CHARLOTTE, N.C. — President Obama made his first campaign appearance with Hillary Clinton on Tuesday, telling a packed arena here that no one had ever been more qualified to be president than his former secretary of state.

“I’m ready to pass the baton,” Mr. Obama said, “and I know she can run the race.”

The president also turned to Donald J. Trump, saying the Republican nominee had offered “nothing but insults” to voters.

The appearance came hours after the F.B.I. director, James B. Comey, said the bureau would not recommend charges against Mrs. Clinton over her use of a private email server, though he said her handling of classified information had been “extremely careless.” Mr. Obama did not mention the F.B.I. announcement.

Republicans were quick to respond. Reince Priebus, the chairman of the Republican National Committee, said in a statement that it was “inappropriate” for the president to campaign with “someone under F.B.I. investigation.” Sean Spicer, the committee’s chief strategist, told reporters that the rally showed the White House “doesn’t care about the rules.”

Clinton aides believe Mr. Obama can help her win over young and black voters in North Carolina. He carried the state in 2008 but lost it narrowly in 2012.

The president’s approval rating stood at 52 percent last week, according to a Gallup survey.

Mrs. Clinton and Mr. Obama flew to Charlotte together on Air Force One, and the two were photographed chatting on the tarmac before the rally.
''', '''
telling || President Obama || no one had ever been more qualified to be president than his former secretary of state || named_person
said || Mr. Obama || “I’m ready to pass the baton,” ## “and I know she can run the race.” || named_person
saying || [[The president]] also turned || the Republican nominee had offered “nothing but insults” to voters || named_person
said || the F.B.I. director, James B. Comey || the bureau would not recommend charges against Mrs. Clinton over her use of a private email server || named_person
said || he || her handling of classified information had been “extremely careless.” || named_person
said || Reince Priebus, the chairman of the Republican National Committee || it was “inappropriate” for the president to campaign with “someone under F.B.I. investigation.” || named_person
told || Sean Spicer, the committee’s chief strategist || the rally showed the White House “doesn’t care about the rules.” || named_person
believe || Clinton aides || Mr. Obama can help her win over young and black voters in North Carolina || anonymous
according to || a Gallup survey || The president’s approval rating stood at 52 percent last week || document
''')

art("b11", '''
Conservative Revolt Clouds House Spending Plan

WASHINGTON — A bloc of House conservatives is prepared to oppose a stopgap spending bill unless Republican leaders agree to a longer-term measure that locks in lower spending levels, several members of the House Freedom Caucus said on Wednesday.

The group’s objections could force Speaker Paul D. Ryan to rely on Democratic votes to avert a government shutdown on Oct. 1, according to a senior Republican leadership aide.

“We’re not going to be steamrolled again,” said one caucus member, who insisted on anonymity because the group had agreed not to discuss its strategy publicly. He added that the leadership had “learned nothing” from last year’s fight.

Another conservative lawmaker said he believed as many as 40 Republicans could vote against the measure.

Leadership aides said the count was closer to 20 and that the speaker was confident the bill would pass with bipartisan support. Representative Mark Meadows of North Carolina, the caucus’s chairman, would not say how he planned to vote.

House Democrats signaled that they would supply votes only if the bill included money for Flint, Mich., where lead-contaminated water has poisoned thousands of residents. “The votes aren’t there without us, and they know it,” a Democratic leadership aide said.

Politico reported on Tuesday night that the caucus had begun counting votes against the bill.

Congress has only three weeks in session before lawmakers leave Washington to campaign for the November elections, and a shutdown so close to Election Day would be costly for both parties. The Senate has yet to release its own version of the bill.
''', '''
said || several members of the House Freedom Caucus || A bloc of House conservatives is prepared to oppose a stopgap spending bill unless Republican leaders agree to a longer-term measure that locks in lower spending levels || anonymous
according to || a senior Republican leadership aide || The group’s objections could force Speaker Paul D. Ryan to rely on Democratic votes to avert a government shutdown on Oct. 1 || anonymous
said || one caucus member || “We’re not going to be steamrolled again,” || anonymous
added || He || the leadership had “learned nothing” from last year’s fight || anonymous
said || Another conservative lawmaker || he believed as many as 40 Republicans could vote against the measure || anonymous
said || Leadership aides || the count was closer to 20 and that the speaker was confident the bill would pass with bipartisan support || anonymous
signaled || House Democrats || they would supply votes only if the bill included money for Flint, Mich., where lead-contaminated water has poisoned thousands of residents || named_org
said || a Democratic leadership aide || “The votes aren’t there without us, and they know it,” || anonymous
reported || Politico || the caucus had begun counting votes against the bill || media
''')

art("b12", '''
Kaine and Pence Prepare for Lone Vice-Presidential Debate

FARMVILLE, Va. — Senator Tim Kaine spent the weekend in mock debate sessions at a hotel near Longwood University, where he will face Gov. Mike Pence of Indiana on Tuesday night in the only vice-presidential debate of the campaign.

Robert Barnett, the Washington lawyer who has helped prepare Democratic candidates for decades, is playing Mr. Pence in the sessions, a Clinton campaign official said.

Mr. Kaine told reporters on Sunday that he expected Mr. Pence to be “a very disciplined debater” and that he would not underestimate him.

Mr. Pence has been preparing with Gov. Scott Walker of Wisconsin standing in for Mr. Kaine, according to Kellyanne Conway, Mr. Trump’s campaign manager. Ms. Conway said the governor would “stay focused on Hillary Clinton’s record” rather than attack his opponent.

It was announced on Saturday that the moderator, Elaine Quijano of CBS News, would give each candidate two minutes for closing statements.

Pence aides acknowledge that the debate is unlikely to move many votes. “Nobody votes for the vice president,” one of them said, “but you can certainly lose a few for the top of the ticket.”

A CBS News poll released on Monday found that most voters knew little about either running mate: 52 percent said they had no opinion of Mr. Pence.

The two men have some things in common. Both grew up in Roman Catholic families in the Midwest, and both have been governors. Mr. Kaine served as governor of Virginia from 2006 to 2010, and Mr. Pence was elected in Indiana in 2012.
''', '''
said || a Clinton campaign official || Robert Barnett, the Washington lawyer who has helped prepare Democratic candidates for decades, is playing Mr. Pence in the sessions || anonymous
told || Mr. Kaine || he expected Mr. Pence to be “a very disciplined debater” and that he would not underestimate him || named_person
according to || Kellyanne Conway, Mr. Trump’s campaign manager || Mr. Pence has been preparing with Gov. Scott Walker of Wisconsin standing in for Mr. Kaine || named_person
said || Ms. Conway || the governor would “stay focused on Hillary Clinton’s record” rather than attack his opponent || named_person
was announced || NULL || the moderator, Elaine Quijano of CBS News, would give each candidate two minutes for closing statements || unknown
acknowledge || Pence aides || the debate is unlikely to move many votes || anonymous
said || one of them || “Nobody votes for the vice president,” ## “but you can certainly lose a few for the top of the ticket.” || anonymous
found || A CBS News poll released on Monday || most voters knew little about either running mate: 52 percent said they had no opinion of Mr. Pence || document
''')

art("b13", '''
Trump’s Fund-Raising Surges as Clinton Keeps Cash Edge

Donald J. Trump’s campaign and the Republican National Committee together raised $80 million in July, the campaign said on Wednesday.

Steven Mnuchin, the campaign’s finance chairman, said small online donations accounted for nearly half of the total.

“People said we couldn’t raise money,” Mr. Trump wrote on Twitter. “Wrong!”

Hillary Clinton’s campaign said it had raised $63 million in July, and $90 million together with the Democratic Party.

John Podesta, the campaign chairman, told donors on a conference call that the Clinton team would not “take a single dollar for granted,” according to a person who was on the call.

The New York Times reported last week that Mr. Trump had forgiven about $50 million in loans he made to his campaign during the primaries, removing any chance that he would repay himself.

According to its filing with the Federal Election Commission, the Clinton campaign ended July with $58 million in the bank. Mrs. Clinton has also benefited from a network of wealthy donors who have given heavily to Priorities USA Action, the main super PAC allied with her campaign.

Some Republican donors remain wary. “There’s still a lot of skepticism that he can close,” said one major donor who gave to Jeb Bush in the primaries.

The two campaigns will spend most of their money in the fall on television advertising in about a dozen battleground states, including Florida, Ohio, Pennsylvania and North Carolina.
''', '''
said || the campaign || Donald J. Trump’s campaign and the Republican National Committee together raised $80 million in July || named_org
said || Steven Mnuchin, the campaign’s finance chairman || small online donations accounted for nearly half of the total || named_person
wrote || Mr. Trump || “People said we couldn’t raise money,” ## “Wrong!” || named_person
said || Hillary Clinton’s campaign || it had raised $63 million in July, and $90 million together with the Democratic Party || named_org
according to || a person who was on the call || John Podesta, the campaign chairman, told donors on a conference call that the Clinton team would not “take a single dollar for granted,” || anonymous
reported || The New York Times || Mr. Trump had forgiven about $50 million in loans he made to his campaign during the primaries, removing any chance that he would repay himself || media
According to || its filing with the Federal Election Commission || the Clinton campaign ended July with $58 million in the bank || document
said || one major donor who gave to Jeb Bush in the primaries || “There’s still a lot of skepticism that he can close,” || anonymous
''')

art("b14", '''
Clinton and Trump Regroup After First Debate

HEMPSTEAD, N.Y. — A day after the first presidential debate at Hofstra University, the campaigns of Hillary Clinton and Donald J. Trump both insisted on Tuesday that their candidate had won.

The former secretary of state appeared relaxed at a rally in Raleigh, N.C. “I had a lot of fun last night,” she told the crowd.

Robby Mook, her campaign manager, said the campaign had raised more money online in the hour after the debate than on any other day of the race.

Mr. Trump, in a telephone interview on “Fox & Friends,” complained that his microphone had been faulty and said the moderator, Lester Holt of NBC, had been “unfair” to him.

“I was holding back,” the billionaire said. “Next time, I might not.”

Kellyanne Conway, his campaign manager, told CNN that Mr. Trump had “won with the voters who matter.”

A CNN/ORC poll of debate watchers conducted Monday night found that 62 percent believed Mrs. Clinton had done the better job.

Several Republican strategists said privately that Mr. Trump had missed chances to attack Mrs. Clinton on her emails and on the Clinton Foundation.

According to Nielsen, the debate drew 84 million television viewers. That was the largest audience for a presidential debate since the first one was televised in 1960.

The candidates will meet again on Oct. 9 in St. Louis, in a town-hall-style debate in which undecided voters will ask half of the questions.
''', '''
insisted || the campaigns of Hillary Clinton and Donald J. Trump || their candidate had won || named_org
told || she || “I had a lot of fun last night,” || named_person
said || Robby Mook, her campaign manager || the campaign had raised more money online in the hour after the debate than on any other day of the race || named_person
complained || Mr. Trump || his microphone had been faulty || named_person
said || Mr. Trump || the moderator, Lester Holt of NBC, had been “unfair” to him || named_person
said || the billionaire || “I was holding back,” ## “Next time, I might not.” || named_person
told || Kellyanne Conway, his campaign manager || Mr. Trump had “won with the voters who matter.” || named_person
found || A CNN/ORC poll of debate watchers conducted Monday night || 62 percent believed Mrs. Clinton had done the better job || document
said || Several Republican strategists || Mr. Trump had missed chances to attack Mrs. Clinton on her emails and on the Clinton Foundation || anonymous
According to || Nielsen || the debate drew 84 million television viewers || named_org
''')


# ---------------------------------------------------------------- machinery

LOG = []


def occurrences(text, s):
    """All start offsets of s in text; word-bounded at alphanumeric edges."""
    out = []
    i = text.find(s)
    while i != -1:
        ok = True
        if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        j = i + len(s)
        if s[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def resolve(text, spec, near=None, exclude=None, what="", doc=""):
    """Return (start, end) for a span spec."""
    spec = spec.strip()
    if "[[" in spec:
        left, rest = spec.split("[[", 1)
        mid, right = rest.split("]]", 1)
        ctx = left + mid + right
        occ = occurrences(text, ctx)
        assert len(occ) == 1, (doc, what, spec, occ)
        s = occ[0] + len(left)
        return s, s + len(mid)
    occ = occurrences(text, spec)
    assert occ, (doc, what, "not found", spec)
    cands = [(o, o + len(spec)) for o in occ]
    if exclude:
        cands = [c for c in cands if not any(c[0] < e and s < c[1] for s, e in exclude)]
        assert cands, (doc, what, "all occurrences excluded", spec)
    if len(cands) == 1:
        return cands[0]
    assert near is not None, (doc, what, "ambiguous and no anchor", spec)
    ns, ne = near

    def gap(c):
        # inside the span of a discontinuous content (between fragments): nearest
        if ns <= c[0] and c[1] <= ne:
            return 0
        if c[1] <= ns:
            return ns - c[1]
        if c[0] >= ne:
            return c[0] - ne
        return 10 ** 9

    best = min(cands, key=gap)
    LOG.append((doc, what, spec, best, len(cands)))
    return best


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_article(doc_id, text, ann):
    attrs = []
    for line in ann.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, (doc_id, line)
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, (doc_id, typ)
        frags = []
        for f in con_s.split(" ## "):
            frags.append(resolve(text, f, what="content", doc=doc_id))
        frags.sort()
        cs, ce = frags[0][0], frags[-1][1]
        cue = resolve(text, cue_s, near=(cs, ce), exclude=frags, what="cue", doc=doc_id)
        if src_s == "NULL":
            src = None
            assert typ == "unknown"
        else:
            src = resolve(text, src_s, near=cue, exclude=frags + [cue], what="source", doc=doc_id)
        content = span(text, cs, ce)
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        a = {"cue": span(text, *cue),
             "source": span(text, *src) if src else None,
             "content": content,
             "source_type": typ}
        # checks
        assert a["cue"]["text"] == text[cue[0]:cue[1]]
        for f in frags:
            ft = text[f[0]:f[1]]
            assert ft == ft.strip(), (doc_id, ft)
            assert not ft.lower().startswith("that "), (doc_id, ft)
            assert not ft.endswith("."), (doc_id, "period outside quotes", ft)
        attrs.append(a)
    attrs.sort(key=lambda a: a["cue"]["start"])
    return attrs


STRAIGHT = set("\"'")
CURLY = set("\u201c\u201d\u2018\u2019")


def build():
    recs = []
    for n, (doc_id, text, ann) in enumerate(ARTICLES):
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), doc_id
        assert "\n\n\n" not in text
        body_words = len(text.split())
        assert 200 <= body_words <= 350, (doc_id, body_words)
        if n < 7:
            assert not (set(text) & CURLY), (doc_id, "curly quote in straight half")
        else:
            assert not (set(text) & STRAIGHT), (doc_id, "straight quote in curly half")
        attrs = parse_article(doc_id, text, ann)
        assert 6 <= len(attrs) <= 12, (doc_id, len(attrs))
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": attrs})
    assert [r["doc_id"] for r in recs] == [f"b{i:02d}" for i in range(1, 15)]
    return recs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind26.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
