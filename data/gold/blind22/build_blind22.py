#!/usr/bin/env python3
"""Build ``blind22.jsonl``: the twenty-second batch of blind test articles (session 16).

12 invented 2016 online political posts (quoted tweets and their embedded text, quotes after a
colon, TV transcripts with speaker labels, re-reports of other outlets), written and annotated by
a helper session that never read claimtrace's code, tests or data; see NOTES.md. Scored on
arrival, then read for errors.

Usage: ``python data/gold/blind22/build_blind22.py [--check]`` (``--check``: exit 1 if
blind22.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 22: invented 2016-style online political posts with hand
annotations of attributions. Offsets are computed, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is "-" when the article gives no source (source: null).
- CONTENT fragments of a split quote are joined with " ++ ".
- Any span may be written as  left{{SPAN}}right  : the string left+SPAN+right
  must occur exactly once in the text and SPAN is taken from it.
- Without context: CONTENT fragments must be unique in the text; the CUE is the
  occurrence nearest to the content (not overlapping it); the SOURCE is the
  occurrence nearest to the cue (not overlapping cue or content). Word-like
  spans match on word boundaries, case-sensitively.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# --------------------------------------------------------------------------
# x01-x06: straight quotes
# --------------------------------------------------------------------------
art("x01", """Trump Unloads on Debate Moderators in Late-Night Tweetstorm

Donald Trump lashed out at the moderators of Sunday's presidential debate in a series of late-night posts, accusing the network of stacking the deck for Hillary Clinton.

"The moderators were totally one-sided. Three on one! Everybody saw it," Trump tweeted shortly after midnight.

The Republican nominee followed up minutes later. He wrote on Twitter:

Crooked Hillary got the questions in advance again. Why is nobody talking about this? Sad!

— Donald J. Trump (@realDonaldTrump) October 10, 2016

The Clinton campaign said the posts showed a candidate in meltdown. Campaign manager Robby Mook told reporters on the press plane that Trump was "looking for excuses because he lost the debate and he knows it."

Trump's allies rallied behind him. Former New York Mayor Rudy Giuliani said on CNN's New Day that the questions "were slanted from the first minute to the last," adding that Clinton had been "handed softballs all night."

As first reported by Politico, senior Republican National Committee officials held a conference call Monday morning to discuss whether to keep supporting the nominee. Two people on the call said the mood was "grim," and one said it felt like "a wake."

RNC Chairman Reince Priebus, however, insisted the party remained united. "We are all in this together, and nothing has changed," Priebus said in a statement.

Some Republican strategists believe the tweets will do little to move undecided voters. "He is talking to the base, and the base is already with him," said one GOP consultant who has advised two presidential campaigns.

A CNN/ORC snap poll taken after the debate found that 57 percent of viewers thought Clinton had won.

Trump, for his part, said he would keep tweeting. "I have 12 million followers. That's my newspaper," he told a rally crowd in Pennsylvania on Monday afternoon.
""", """
accusing || Donald Trump || the network of stacking the deck for Hillary Clinton || named_person
tweeted || Trump || "The moderators were totally one-sided. Three on one! Everybody saw it," || named_person
wrote on Twitter || He || Crooked Hillary got the questions in advance again. Why is nobody talking about this? Sad! || named_person
said || The Clinton campaign || the posts showed a candidate in meltdown || named_org
told || Campaign manager Robby Mook || Trump was "looking for excuses because he lost the debate and he knows it." || named_person
said || Former New York Mayor Rudy Giuliani || the questions "were slanted from the first minute to the last," || named_person
adding || Former New York Mayor Rudy Giuliani || Clinton had been "handed softballs all night." || named_person
first reported by || Politico || senior Republican National Committee officials held a conference call Monday morning to discuss whether to keep supporting the nominee || media
said || Two people on the call || the mood was "grim," || anonymous
said || and {{one}} said || it felt like "a wake." || anonymous
insisted || RNC Chairman Reince Priebus || the party remained united || named_person
said || Priebus || "We are all in this together, and nothing has changed," || named_person
believe || Some Republican strategists || the tweets will do little to move undecided voters || anonymous
said || one GOP consultant who has advised two presidential campaigns || "He is talking to the base, and the base is already with him," || anonymous
found || A CNN/ORC snap poll taken after the debate || 57 percent of viewers thought Clinton had won || document
said || Trump || he would keep tweeting || named_person
told || he || "I have 12 million followers. That's my newspaper," || named_person
""")

art("x02", """Kellyanne Conway Spars With Chris Cuomo Over Trump's Tax Returns

Trump campaign manager Kellyanne Conway clashed with CNN's Chris Cuomo on Tuesday morning over the Republican nominee's refusal to release his tax returns, insisting that voters "do not care" about the issue.

The exchange, on CNN's New Day, grew heated within minutes. Here is a portion of the transcript:

CUOMO: Every major party nominee for forty years has released their returns. Your candidate is the exception.

CONWAY: He is under a routine audit, Chris, and his lawyers have told him to wait. That is the answer, and it has been the answer for a year.

CUOMO: Nothing in an audit stops a candidate from releasing his returns.

CONWAY: The people I meet in Ohio and Florida are asking about jobs. They are not asking about tax returns.

Conway later wrote on Twitter that the interview had been "fun as always" and thanked Cuomo for having her on.

The New York Times reported Saturday that Trump declared a loss of $916 million on his 1995 returns, a figure that could have let him avoid federal income taxes for years. The campaign has not disputed the figure.

Democrats pounced. Senate Minority Leader Harry Reid told reporters on Capitol Hill that Trump "has been hiding something all along, and now we know what it is."

Clinton's running mate, Tim Kaine, went further. "He thinks paying taxes is for suckers," Kaine told the crowd at a rally in Ohio. "Well, the folks in this room pay theirs."

Some Republicans worry that the story will dominate the final month of the race. One House Republican said the tax issue was "the gift that keeps on giving" for Democrats, speaking on condition of anonymity to discuss the race candidly.

A Quinnipiac University poll released last month showed 62 percent of likely voters believe Trump should release his returns.
""", """
insisting || Trump campaign manager Kellyanne Conway || voters "do not care" about the issue || named_person
: || CUOMO || Every major party nominee for forty years has released their returns. Your candidate is the exception || named_person
: || CONWAY || He is under a routine audit, Chris, and his lawyers have told him to wait. That is the answer, and it has been the answer for a year || named_person
: || CUOMO || Nothing in an audit stops a candidate from releasing his returns || named_person
: || CONWAY || The people I meet in Ohio and Florida are asking about jobs. They are not asking about tax returns || named_person
wrote on Twitter || Conway || the interview had been "fun as always" || named_person
reported || The New York Times || Trump declared a loss of $916 million on his 1995 returns, a figure that could have let him avoid federal income taxes for years || media
told || Senate Minority Leader Harry Reid || Trump "has been hiding something all along, and now we know what it is." || named_person
told || Kaine || "He thinks paying taxes is for suckers," ++ "Well, the folks in this room pay theirs." || named_person
worry || Some Republicans || the story will dominate the final month of the race || anonymous
said || One House Republican || the tax issue was "the gift that keeps on giving" for Democrats || anonymous
showed || A Quinnipiac University poll released last month || 62 percent of likely voters believe Trump should release his returns || document
""")

art("x03", """Ryan Allies Push Back on Report of House GOP Revolt

House Speaker Paul Ryan's office on Wednesday called a report of a conservative plot to oust him after the election "pure fiction."

According to a report in The Daily Caller, at least a dozen members of the House Freedom Caucus met Tuesday night to discuss whether to back Ryan for another term as speaker. The outlet cited three people who attended the meeting.

"There is no plot. The speaker has the support of the conference, period," Ryan spokeswoman AshLee Strong said in an email.

Rep. Mark Meadows of North Carolina, the caucus chairman, told Breitbart News that members had simply "talked about the path forward, like we always do."

The tension comes as Ryan continues to keep his distance from Donald Trump. The speaker told House Republicans on a conference call last week that he would no longer defend the nominee, according to two people on the call.

Trump responded on Twitter. "Our very weak and ineffective leader, Paul Ryan, had a bad conference call with his members and they went wild at his disloyalty," he tweeted.

The Hill notes that Ryan has not spoken with Trump since the nominee's rally in Wisconsin was canceled in early October.

Conservative radio host Laura Ingraham said on her show Wednesday that Ryan "should step aside and let someone who believes in the agenda lead."

Not everyone in the conference is so eager for a fight. Rep. Tom Cole of Oklahoma, a Ryan ally, said in an interview that the speaker was "the only person who can hold this conference together."

A senior GOP aide said leadership expects Ryan to be re-elected as speaker easily in January. "The math is not close," the aide said.

Politico's Jake Sherman reported Wednesday afternoon that several Freedom Caucus members had already told Ryan's team they would support him.
""", """
called || House Speaker Paul Ryan's office || a report of a conservative plot to oust him after the election "pure fiction." || named_org
According to || a report in The Daily Caller || at least a dozen members of the House Freedom Caucus met Tuesday night to discuss whether to back Ryan for another term as speaker || media
said || Ryan spokeswoman AshLee Strong || "There is no plot. The speaker has the support of the conference, period," || named_person
told || Rep. Mark Meadows of North Carolina, the caucus chairman || members had simply "talked about the path forward, like we always do." || named_person
according to || two people on the call || The speaker told House Republicans on a conference call last week that he would no longer defend the nominee || anonymous
tweeted || he || "Our very weak and ineffective leader, Paul Ryan, had a bad conference call with his members and they went wild at his disloyalty," || named_person
notes || The Hill || Ryan has not spoken with Trump since the nominee's rally in Wisconsin was canceled in early October || media
said || Conservative radio host Laura Ingraham || Ryan "should step aside and let someone who believes in the agenda lead." || named_person
said || Rep. Tom Cole of Oklahoma, a Ryan ally || the speaker was "the only person who can hold this conference together." || named_person
said || A senior GOP aide || leadership expects Ryan to be re-elected as speaker easily in January || anonymous
said || the aide || "The math is not close," || anonymous
reported || Politico's Jake Sherman || several Freedom Caucus members had already told Ryan's team they would support him || named_person
""")

art("x04", """Pence Says Comey Letter 'Changes Everything' as Democrats Fume

Indiana Gov. Mike Pence said Sunday that FBI Director James Comey's decision to revisit the Hillary Clinton email investigation "changes everything" about the final stretch of the campaign.

"The American people deserve to know the truth before they vote, and now they may finally get it," Pence said on CNN's State of the Union.

Comey told lawmakers in a letter Friday that investigators had found emails "that appear to be pertinent" to the closed inquiry.

The Clinton campaign has demanded that the bureau release more details. Campaign chairman John Podesta told reporters on a conference call that the letter was "long on innuendo and short on facts."

Clinton herself addressed the letter at a rally in Daytona Beach. She told the crowd:

"Most people made up their minds about all this a long time ago. But it is pretty strange to put something like that out, with so little information, eleven days before an election."

Donald Trump told Fox News' Sean Hannity on Monday night that the FBI "had the goods all along." "This is bigger than Watergate," he said.

Former Attorney General Eric Holder wrote in a Washington Post op-ed that Comey had made "a serious mistake" that broke with longstanding Justice Department practice.

Justice Department officials had warned Comey against sending the letter, according to a report by The New Yorker.

White House press secretary Josh Earnest said the president "does not believe that Director Comey is intentionally trying to tip the scales in this election."

Some Democrats believe the letter has already cost Clinton ground in key states. A new ABC News/Washington Post tracking poll found that the race had tightened to within two points nationally.
""", """
Says || Pence || Comey Letter 'Changes Everything' || named_person
said || Indiana Gov. Mike Pence || FBI Director James Comey's decision to revisit the Hillary Clinton email investigation "changes everything" about the final stretch of the campaign || named_person
said || Pence || "The American people deserve to know the truth before they vote, and now they may finally get it," || named_person
told || Comey || investigators had found emails "that appear to be pertinent" to the closed inquiry || named_person
has demanded || The Clinton campaign || the bureau release more details || named_org
told || Campaign chairman John Podesta || the letter was "long on innuendo and short on facts." || named_person
told || She || "Most people made up their minds about all this a long time ago. But it is pretty strange to put something like that out, with so little information, eleven days before an election." || named_person
told || Donald Trump || the FBI "had the goods all along." || named_person
said || he || "This is bigger than Watergate," || named_person
wrote || Former Attorney General Eric Holder || Comey had made "a serious mistake" that broke with longstanding Justice Department practice || named_person
according to || a report by The New Yorker || Justice Department officials had warned Comey against sending the letter || media
said || White House press secretary Josh Earnest || the president "does not believe that Director Comey is intentionally trying to tip the scales in this election." || named_person
believe || Some Democrats || the letter has already cost Clinton ground in key states || anonymous
found || A new ABC News/Washington Post tracking poll || the race had tightened to within two points nationally || document
""")

art("x05", """Sanders Backers Cry Foul Over Leaked DNC Emails

Supporters of Sen. Bernie Sanders reacted with fury Saturday after WikiLeaks published thousands of internal Democratic National Committee emails, including messages written by staffers who were supposed to stay neutral in the primary.

In one May message, a DNC official suggested raising questions about Sanders' religious beliefs ahead of the Kentucky and West Virginia primaries. "Could we get someone to ask him about his faith before Kentucky? It could matter there," the email read.

Sanders' campaign manager, Jeff Weaver, said on ABC's This Week that the emails confirmed "what we have been saying for months."

Sanders himself was more measured. He told CNN's Jake Tapper that he was "not shocked" but that the party needed new leadership.

DNC Chair Debbie Wasserman Schultz will not speak at the convention, according to a party official.

Donald Trump, who has courted Sanders voters for months, wrote on Twitter:

The DNC emails prove what I said all along. Bernie never had a chance. The system is totally rigged!

— Donald J. Trump (@realDonaldTrump) July 23, 2016

The Clinton campaign has suggested that Russian hackers stole the emails to help Trump. Clinton campaign manager Robby Mook said on CNN's State of the Union that "experts are telling us" the Russian government was behind the breach.

Many Sanders delegates say they are not ready to back Clinton. "I came here for Bernie, and I'm leaving here for Bernie," said Maria Lopez, a delegate from California.

Others were more forgiving. Sen. Jeff Merkley of Oregon, the only senator to endorse Sanders, told reporters that the party would "come together" by the end of the week.

A Gallup survey conducted in June found that about a quarter of Sanders supporters said they would not vote for Clinton in November.
""", """
suggested || a DNC official || raising questions about Sanders' religious beliefs ahead of the Kentucky and West Virginia primaries || anonymous
read || the email || "Could we get someone to ask him about his faith before Kentucky? It could matter there," || document
said || Sanders' campaign manager, Jeff Weaver || the emails confirmed "what we have been saying for months." || named_person
told || He || he was "not shocked" but that the party needed new leadership || named_person
according to || a party official || DNC Chair Debbie Wasserman Schultz will not speak at the convention || anonymous
wrote on Twitter || Donald Trump, who has courted Sanders voters for months || The DNC emails prove what I said all along. Bernie never had a chance. The system is totally rigged! || named_person
has suggested || The Clinton campaign || Russian hackers stole the emails to help Trump || named_org
said || Clinton campaign manager Robby Mook || "experts are telling us" the Russian government was behind the breach || named_person
say || Many Sanders delegates || they are not ready to back Clinton || anonymous
said || Maria Lopez, a delegate from California || "I came here for Bernie, and I'm leaving here for Bernie," || named_person
told || Sen. Jeff Merkley of Oregon, the only senator to endorse Sanders || the party would "come together" by the end of the week || named_person
found || A Gallup survey conducted in June || about a quarter of Sanders supporters said they would not vote for Clinton in November || document
""")

art("x06", """Obama: Trump Should 'Stop Whining' About Rigged Election

President Barack Obama on Tuesday said Donald Trump should "stop whining" about the possibility of a rigged election and focus on winning votes.

Speaking at a Rose Garden news conference alongside Italian Prime Minister Matteo Renzi, Obama said:

"My advice to Mr. Trump is simple: quit complaining and go win some votes. Nobody in either party, no serious person anywhere, thinks an American election can be stolen."

Trump campaign spokesman Jason Miller responded in a statement that the president "should spend less time campaigning and more time doing his job."

White House press secretary Josh Earnest told reporters aboard Air Force One that the president had been "stating the obvious." Earnest added that Obama has full confidence in state election officials.

Trump doubled down at a rally in Colorado. He told supporters:

"Watch the polling places, folks. Watch them very closely. Everybody knows what goes on in certain places, and I mean everybody."

Republican election officials in several states have pushed back. Ohio Secretary of State Jon Husted, a Republican, said on Fox News that he was "not going to let anybody undermine confidence" in the state's voting system.

A Politico/Morning Consult poll released Monday found that 41 percent of voters believe the election could be "stolen" from Trump.

Some GOP lawmakers worry the rhetoric could depress Republican turnout. "If you tell people their vote does not count, some of them will believe you," said one Republican senator, who requested anonymity to speak freely about the nominee.

Conservative columnist Erick Erickson wrote on his blog, The Resurgent, that the claims were "a gift to Democrats and an insult to every county clerk in America."
""", """
: || Obama || Trump Should 'Stop Whining' About Rigged Election || named_person
said || President Barack Obama || Donald Trump should "stop whining" about the possibility of a rigged election and focus on winning votes || named_person
said || Obama || "My advice to Mr. Trump is simple: quit complaining and go win some votes. Nobody in either party, no serious person anywhere, thinks an American election can be stolen." || named_person
responded || Trump campaign spokesman Jason Miller || the president "should spend less time campaigning and more time doing his job." || named_person
told || White House press secretary Josh Earnest || the president had been "stating the obvious." || named_person
added || Earnest || Obama has full confidence in state election officials || named_person
told || He || "Watch the polling places, folks. Watch them very closely. Everybody knows what goes on in certain places, and I mean everybody." || named_person
said || Ohio Secretary of State Jon Husted, a Republican || he was "not going to let anybody undermine confidence" in the state's voting system || named_person
found || A Politico/Morning Consult poll released Monday || 41 percent of voters believe the election could be "stolen" from Trump || document
worry || Some GOP lawmakers || the rhetoric could depress Republican turnout || anonymous
said || one Republican senator || "If you tell people their vote does not count, some of them will believe you," || anonymous
wrote || Conservative columnist Erick Erickson || the claims were "a gift to Democrats and an insult to every county clerk in America." || named_person
""")

# --------------------------------------------------------------------------
# x07-x12: curly quotes
# --------------------------------------------------------------------------
art("x07", """Cruz Refuses to Apologize for Convention Snub

Sen. Ted Cruz on Thursday refused to apologize for declining to endorse Donald Trump in his prime-time convention speech, telling Texas delegates that his conscience “is not for sale.”

The Texas senator was booed off the stage Wednesday night after he said Republicans should follow their conscience in November.

At a breakfast with the Texas delegation Thursday, Cruz said:

“I’m not going to pretend. I gave my word to the voters of Texas, and my word is worth more than a pledge signed under pressure.”

Trump aides were livid. One senior campaign adviser told The Washington Post that the speech was “a betrayal” and that Cruz had “ended his career on live television.”

Trump wrote on Twitter early Thursday that he “didn’t need” Cruz’s endorsement and that the senator had “looked like a sore loser.”

RNC Chairman Reince Priebus told Fox News’ Bill O’Reilly that he was “disappointed” in the senator but that the party would move on.

Some delegates believe the episode will damage Cruz’s chances in 2020. “He’ll never live this down,” said Steve Collins, a delegate from Georgia.

Cruz’s allies defended him. Former Virginia Attorney General Ken Cuccinelli told CNN that the senator had “kept every promise he made to his voters.”

As The Hill first reported, a group of Cruz donors has asked the senator to meet with them in Houston next week to discuss his future.

Cruz spokeswoman Catherine Frazier said the senator “looks forward” to meeting with supporters and “has nothing to hide.”

Breitbart News Editor-in-Chief Alex Marlow said on Breitbart News Daily that the speech had been “the most selfish moment of the entire convention.”
""", """
telling || Sen. Ted Cruz || his conscience “is not for sale.” || named_person
said || he || Republicans should follow their conscience in November || named_person
said || Cruz || “I’m not going to pretend. I gave my word to the voters of Texas, and my word is worth more than a pledge signed under pressure.” || named_person
told || One senior campaign adviser || the speech was “a betrayal” and that Cruz had “ended his career on live television.” || anonymous
wrote on Twitter || Trump || he “didn’t need” Cruz’s endorsement and that the senator had “looked like a sore loser.” || named_person
told || RNC Chairman Reince Priebus || he was “disappointed” in the senator but that the party would move on || named_person
believe || Some delegates || the episode will damage Cruz’s chances in 2020 || anonymous
said || Steve Collins, a delegate from Georgia || “He’ll never live this down,” || named_person
told || Former Virginia Attorney General Ken Cuccinelli || the senator had “kept every promise he made to his voters.” || named_person
first reported || The Hill || a group of Cruz donors has asked the senator to meet with them in Houston next week to discuss his future || media
said || Cruz spokeswoman Catherine Frazier || the senator “looks forward” to meeting with supporters and “has nothing to hide.” || named_person
said || Breitbart News Editor-in-Chief Alex Marlow || the speech had been “the most selfish moment of the entire convention.” || named_person
""")

art("x08", """Pence, Kaine Trade Barbs Over Russia in Lone VP Debate

Gov. Mike Pence and Sen. Tim Kaine clashed repeatedly over Russia on Tuesday night, with the Virginia Democrat accusing Donald Trump of admiring Russian President Vladimir Putin.

The moderator, Elaine Quijano of CBS News, struggled at times to keep order. Here is one exchange from the debate at Longwood University in Farmville, Virginia:

KAINE: Donald Trump has praised Vladimir Putin again and again. He said Putin is a better leader than our own president.

PENCE: That is simply not true, Senator. Hillary Clinton’s reset with Russia failed, and the whole world knows it.

QUIJANO: We are going to turn now to Syria, where the fighting in Aleppo has gotten worse this week.

After the debate, a CNN/ORC poll of debate watchers found that 48 percent thought Pence had won, compared with 42 percent for Kaine.

Kaine told reporters on his campaign plane Wednesday that he had “no regrets” about interrupting Pence as often as he did. “I was there to hold him accountable,” he said.

Trump, who watched the debate from Las Vegas, wrote on Twitter:

Mike was calm, tough and presidential. Tim Kaine looked like a nervous wreck. Great night!

— Donald J. Trump (@realDonaldTrump) October 5, 2016

Democrats argued that Pence had failed to defend his running mate. “He spent ninety minutes pretending not to know Donald Trump,” Clinton campaign spokesman Brian Fallon said in a statement.

According to Politico, some Trump advisers privately wished their own nominee had shown Pence’s discipline on stage.

The Washington Post’s Chris Cillizza wrote that Pence “won the debate but may have lost the argument.”

Pence, for his part, told Fox News’ Sean Hannity that he had simply tried to “tell the truth about Hillary Clinton’s record.”

A Republican National Committee spokesman, Sean Spicer, said the party’s own focus groups had scored the night “a clear win.”
""", """
accusing || the Virginia Democrat || Donald Trump of admiring Russian President Vladimir Putin || named_person
: || KAINE || Donald Trump has praised Vladimir Putin again and again. He said Putin is a better leader than our own president || named_person
: || PENCE || That is simply not true, Senator. Hillary Clinton’s reset with Russia failed, and the whole world knows it || named_person
: || QUIJANO || We are going to turn now to Syria, where the fighting in Aleppo has gotten worse this week || named_person
found || a CNN/ORC poll of debate watchers || 48 percent thought Pence had won, compared with 42 percent for Kaine || document
told || Kaine || he had “no regrets” about interrupting Pence as often as he did || named_person
said || he || “I was there to hold him accountable,” || named_person
wrote on Twitter || Trump, who watched the debate from Las Vegas || Mike was calm, tough and presidential. Tim Kaine looked like a nervous wreck. Great night! || named_person
argued || Democrats || Pence had failed to defend his running mate || named_org
said || Clinton campaign spokesman Brian Fallon || “He spent ninety minutes pretending not to know Donald Trump,” || named_person
According to || Politico || some Trump advisers privately wished their own nominee had shown Pence’s discipline on stage || media
wrote || The Washington Post’s Chris Cillizza || Pence “won the debate but may have lost the argument.” || named_person
told || Pence || he had simply tried to “tell the truth about Hillary Clinton’s record.” || named_person
said || A Republican National Committee spokesman, Sean Spicer || the party’s own focus groups had scored the night “a clear win.” || named_person
""")

art("x09", """Rubio Reverses Course, Will Seek Re-election to Senate

Sen. Marco Rubio announced Wednesday that he will run for a second term in the Senate, abandoning his long-standing plan to return to private life after his failed presidential bid.

“I have changed my mind. Control of the Senate may well come down to Florida, and I could not sit on the sidelines,” Rubio said in a statement posted on his campaign website.

Rubio’s decision was first reported by CNN’s Manu Raju, who cited two Republican sources familiar with the senator’s thinking.

Senate Majority Leader Mitch McConnell, who had lobbied Rubio for weeks to reconsider, said the senator’s entry “dramatically improves” the party’s chances of holding the seat.

Rep. Patrick Murphy, the likely Democratic nominee, wasted no time going on offense. “Marco Rubio has made it clear he doesn’t want this job,” Murphy tweeted. “Floridians deserve a senator who shows up for work.”

Some conservative activists see the reversal as evidence that Rubio cannot be trusted. “He told us one thing for a year and then did the opposite,” said Karen Whitfield, a Tea Party organizer in Orlando.

A Quinnipiac poll released last week showed Rubio leading Murphy 47 percent to 40 percent in a hypothetical matchup.

Rubio told reporters outside the Capitol that he still had “serious concerns” about Donald Trump but would not abandon the nominee.

The Tampa Bay Times notes that Rubio must still win an Aug. 30 primary against developer Carlos Beruff, who has spent millions of his own money on the race.

Beruff’s campaign said in a statement that Rubio was “a career politician who treats Florida like a consolation prize.”

According to the Sunshine State News, several of Rubio’s former presidential donors have already pledged to hold fundraisers for him in Miami and Tampa. A Rubio adviser said the campaign expects to raise more than $5 million before the primary.
""", """
announced || Sen. Marco Rubio || he will run for a second term in the Senate || named_person
said || Rubio || “I have changed my mind. Control of the Senate may well come down to Florida, and I could not sit on the sidelines,” || named_person
was first reported by || CNN’s Manu Raju || Rubio’s decision || named_person
said || Senate Majority Leader Mitch McConnell, who had lobbied Rubio for weeks to reconsider || the senator’s entry “dramatically improves” the party’s chances of holding the seat || named_person
tweeted || Murphy || “Marco Rubio has made it clear he doesn’t want this job,” ++ “Floridians deserve a senator who shows up for work.” || named_person
see || Some conservative activists || the reversal as evidence that Rubio cannot be trusted || anonymous
said || Karen Whitfield, a Tea Party organizer in Orlando || “He told us one thing for a year and then did the opposite,” || named_person
showed || A Quinnipiac poll released last week || Rubio leading Murphy 47 percent to 40 percent in a hypothetical matchup || document
told || Rubio || he still had “serious concerns” about Donald Trump but would not abandon the nominee || named_person
notes || The Tampa Bay Times || Rubio must still win an Aug. 30 primary against developer Carlos Beruff, who has spent millions of his own money on the race || media
said || Beruff’s campaign || Rubio was “a career politician who treats Florida like a consolation prize.” || named_org
According to || the Sunshine State News || several of Rubio’s former presidential donors have already pledged to hold fundraisers for him in Miami and Tampa || media
said || A Rubio adviser || the campaign expects to raise more than $5 million before the primary || anonymous
""")

art("x10", """Republicans Pounce on Clinton Fundraiser Remarks

Republicans on Saturday seized on remarks Hillary Clinton made at a New York fundraiser, calling her description of Trump supporters an insult to working Americans.

Clinton told donors Friday night that some of her opponent’s backers were “angry at everything and everyone” and “not looking for answers, just someone to blame.”

RNC Chairman Reince Priebus wrote on Twitter that the comment showed “utter contempt for the American people.”

Clinton campaign manager Robby Mook defended the candidate in an interview with Chris Wallace on Fox News Sunday. A portion of the transcript:

WALLACE: Your candidate insulted tens of millions of voters on Friday night.

MOOK: She was talking about a small group of people who have been stirred up by Donald Trump’s rhetoric, and she has been very clear about that.

WALLACE: The Trump campaign is already using the clip in a new ad.

MOOK: Donald Trump has said far worse things about far more people, and everyone watching knows it.

On Saturday afternoon, the Clinton campaign released a statement in which Clinton said she “should not have painted with such a broad brush.”

According to a report in The Washington Examiner, the Trump campaign plans to spend $2 million airing the clip in battleground states.

Mike Pence told the crowd at a rally in Maine:

“These are not angry people. These are hardworking Americans who love their country, and they deserve better than to be looked down on by Hillary Clinton.”

Some Democratic strategists fear the comment could become Clinton’s version of Mitt Romney’s “47 percent” moment.

A Clinton aide, speaking on condition of anonymity because she was not authorized to discuss internal deliberations, said the candidate had been “frustrated” for days about the tone of the race.

The Daily Caller reported that the fundraiser, hosted at a Manhattan restaurant, raised about $6 million.
""", """
calling || Republicans || her description of Trump supporters an insult to working Americans || named_org
told || Clinton || some of her opponent’s backers were “angry at everything and everyone” and “not looking for answers, just someone to blame.” || named_person
wrote on Twitter || RNC Chairman Reince Priebus || the comment showed “utter contempt for the American people.” || named_person
: || WALLACE || Your candidate insulted tens of millions of voters on Friday night || named_person
: || MOOK || She was talking about a small group of people who have been stirred up by Donald Trump’s rhetoric, and she has been very clear about that || named_person
: || WALLACE || The Trump campaign is already using the clip in a new ad || named_person
: || MOOK || Donald Trump has said far worse things about far more people, and everyone watching knows it || named_person
said || which {{Clinton}} said || she “should not have painted with such a broad brush.” || named_person
According to || a report in The Washington Examiner || the Trump campaign plans to spend $2 million airing the clip in battleground states || media
told || Mike Pence || “These are not angry people. These are hardworking Americans who love their country, and they deserve better than to be looked down on by Hillary Clinton.” || named_person
fear || Some Democratic strategists || the comment could become Clinton’s version of Mitt Romney’s “47 percent” moment || anonymous
said || A Clinton aide || the candidate had been “frustrated” for days about the tone of the race || anonymous
reported || The Daily Caller || the fundraiser, hosted at a Manhattan restaurant, raised about $6 million || media
""")

art("x11", """Garland Nomination Stalls as Senate GOP Holds Firm

Senate Majority Leader Mitch McConnell said Sunday that the Senate would not take up Judge Merrick Garland’s Supreme Court nomination before the November election.

“The American people should have a voice in this decision, and they will have it in November,” McConnell said on NBC’s Meet the Press.

The White House pushed back within hours. In a post on the White House blog, Counsel to the President Neil Eggleston wrote that Senate Republicans were “walking away from their constitutional duty.”

White House press secretary Josh Earnest told reporters Monday that President Obama believes Garland “deserves a fair hearing and a timely vote.”

Obama wrote on Twitter:

Judge Garland has more federal judicial experience than any Supreme Court nominee in history. The Senate should give him a vote. #DoYourJob

— President Obama (@POTUS) March 21, 2016

Senate Judiciary Committee Chairman Chuck Grassley said on the Senate floor that he had “no intention” of scheduling a hearing this year.

A letter signed by all 11 Republicans on the Judiciary Committee stated that the panel would hold no hearings on any nominee until after Jan. 20.

As first reported by The New York Times, at least two Republican senators have told colleagues they are open to meeting with Garland.

Sen. Mark Kirk of Illinois, who faces a tough re-election race, said in a radio interview that he would meet with Garland “like any other nominee.”

Democrats believe the fight will energize their voters in the fall. “Every day they refuse to act is another day we get to remind people who is blocking the court,” said a senior Democratic aide.

Senate Minority Leader Harry Reid said Republicans were “making the Senate a laughingstock.”

A Gallup survey found that 52 percent of Americans want the Senate to hold hearings on the nomination.

It was announced Tuesday that Garland will begin meeting with senators next week, starting with Democrats on the Judiciary Committee.
""", """
said || Senate Majority Leader Mitch McConnell || the Senate would not take up Judge Merrick Garland’s Supreme Court nomination before the November election || named_person
said || McConnell || “The American people should have a voice in this decision, and they will have it in November,” || named_person
wrote || Counsel to the President Neil Eggleston || Senate Republicans were “walking away from their constitutional duty.” || named_person
told || White House press secretary Josh Earnest || President Obama believes Garland “deserves a fair hearing and a timely vote.” || named_person
wrote on Twitter || Obama || Judge Garland has more federal judicial experience than any Supreme Court nominee in history. The Senate should give him a vote. #DoYourJob || named_person
said || Senate Judiciary Committee Chairman Chuck Grassley || he had “no intention” of scheduling a hearing this year || named_person
stated || A letter signed by all 11 Republicans on the Judiciary Committee || the panel would hold no hearings on any nominee until after Jan. 20 || document
first reported by || The New York Times || at least two Republican senators have told colleagues they are open to meeting with Garland || media
said || Sen. Mark Kirk of Illinois, who faces a tough re-election race || he would meet with Garland “like any other nominee.” || named_person
believe || Democrats || the fight will energize their voters in the fall || named_org
said || a senior Democratic aide || “Every day they refuse to act is another day we get to remind people who is blocking the court,” || anonymous
said || Senate Minority Leader Harry Reid || Republicans were “making the Senate a laughingstock.” || named_person
found || A Gallup survey || 52 percent of Americans want the Senate to hold hearings on the nomination || document
was announced || - || Garland will begin meeting with senators next week, starting with Democrats on the Judiciary Committee || unknown
""")

art("x12", """Trump Shakes Up Campaign, Taps Breitbart Chief Bannon

Donald Trump overhauled his campaign leadership early Wednesday, naming Breitbart News executive chairman Stephen Bannon as chief executive and promoting pollster Kellyanne Conway to campaign manager.

The move was first reported by The Wall Street Journal.

In a statement released by the campaign, Trump said he was “committed to winning this election” and had hired “the best team in politics.”

Campaign chairman Paul Manafort will keep his title, according to two people familiar with the decision.

One longtime Trump associate said the nominee had grown tired of advisers who wanted him to read from a teleprompter. “He wants to be himself. He wants to be Trump,” the associate said.

Conway told MSNBC’s Morning Joe that the campaign would “let Trump be Trump” in the final stretch of the race.

RNC officials were caught off guard by the announcement, Politico reported.

Clinton campaign manager Robby Mook said in a statement that the hire showed Trump was “doubling down on the darkest parts of his campaign.”

The Hill notes that Bannon has never worked on a political campaign.

Breitbart News said in a statement that Bannon would take a leave of absence from the company.

Some Republican donors fear the shake-up signals an even more combative campaign. A Bloomberg Politics poll released Tuesday showed Clinton ahead by six points nationally.

Trump posted on Twitter Wednesday afternoon:

I am not changing. I am who I am. Big crowds, big energy, and we will win!

— Donald J. Trump (@realDonaldTrump) August 17, 2016

Fox News host Sean Hannity said on his radio show that the hires were “exactly what this campaign needed.”

House Speaker Paul Ryan, asked about the changes, said only that he hoped the campaign would “focus on the issues.”
""", """
was first reported by || The Wall Street Journal || The move || media
said || Trump || he was “committed to winning this election” and had hired “the best team in politics.” || named_person
according to || two people familiar with the decision || Campaign chairman Paul Manafort will keep his title || anonymous
said || One longtime Trump associate || the nominee had grown tired of advisers who wanted him to read from a teleprompter || anonymous
said || the associate || “He wants to be himself. He wants to be Trump,” || anonymous
told || Conway || the campaign would “let Trump be Trump” in the final stretch of the race || named_person
reported || Politico || RNC officials were caught off guard by the announcement || media
said || Clinton campaign manager Robby Mook || the hire showed Trump was “doubling down on the darkest parts of his campaign.” || named_person
notes || The Hill || Bannon has never worked on a political campaign || media
said || Breitbart News || Bannon would take a leave of absence from the company || named_org
fear || Some Republican donors || the shake-up signals an even more combative campaign || anonymous
showed || A Bloomberg Politics poll released Tuesday || Clinton ahead by six points nationally || document
posted on Twitter || Trump || I am not changing. I am who I am. Big crowds, big energy, and we will win! || named_person
said || Fox News host Sean Hannity || the hires were “exactly what this campaign needed.” || named_person
said || House Speaker Paul Ryan || he hoped the campaign would “focus on the issues.” || named_person
""")


# --------------------------------------------------------------------------
# span resolution
# --------------------------------------------------------------------------
def _pattern(s):
    p = re.escape(s)
    if s and (s[0].isalnum() or s[0] == "_"):
        p = r"(?<![\w])" + p
    if s and (s[-1].isalnum() or s[-1] == "_"):
        p = p + r"(?![\w])"
    return p


def occurrences(text, spec):
    """Return list of (start, end) for a span spec (with optional {{ }} context)."""
    if "{{" in spec:
        left, rest = spec.split("{{", 1)
        mid, right = rest.split("}}", 1)
        full = left + mid + right
        hits = [m.start() for m in re.finditer(re.escape(full), text)]
        if len(hits) != 1:
            raise AssertionError(f"context {spec!r} found {len(hits)} times")
        s = hits[0] + len(left)
        return [(s, s + len(mid))], True
    return [(m.start(), m.end()) for m in re.finditer(_pattern(spec), text)], False


def overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


BOUNDARY = re.compile(r'[.!?]["\u201d]?\s|(?<!:)\n\n')


def dist(a, spans, text=None):
    """Character gap between span a and the anchor spans, plus a large
    penalty for every sentence or paragraph boundary in the gap (a colon
    followed by a paragraph break, as in 'told the crowd:', is no boundary)."""
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    if a[1] <= lo:
        gap = (a[1], lo)
    elif a[0] >= hi:
        gap = (hi, a[0])
    else:
        return 0
    d = gap[1] - gap[0]
    if text is not None:
        d += 1000 * len(BOUNDARY.findall(text[gap[0]:gap[1]]))
    return d


AMBIG = []


def nearest(text, spec, anchor, avoid, what, doc_id):
    occ, fixed = occurrences(text, spec)
    if fixed:
        return occ[0]
    cands = [o for o in occ if not overlaps(o, avoid)]
    if not cands:
        raise AssertionError(f"{doc_id}: {what} {spec!r} not found")
    cands.sort(key=lambda o: dist(o, anchor, text))
    if len(cands) > 1:
        if dist(cands[0], anchor, text) == dist(cands[1], anchor, text):
            raise AssertionError(f"{doc_id}: tie for {what} {spec!r}")
        AMBIG.append((doc_id, what, spec, cands[0], len(cands)))
    return cands[0]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse(doc_id, text, ann):
    out = []
    for line in ann.strip().splitlines():
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, (doc_id, line)
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, (doc_id, typ)
        frags = []
        for f in con_s.split(" ++ "):
            occ, fixed = occurrences(text, f)
            if len(occ) != 1:
                raise AssertionError(f"{doc_id}: content {f!r} found {len(occ)} times")
            frags.append(occ[0])
        frags.sort()
        cue = nearest(text, cue_s, frags, frags, "cue", doc_id)
        src = None
        if src_s != "-":
            src = nearest(text, src_s, [cue], frags + [cue], "source", doc_id)
        else:
            assert typ == "unknown"
        content = span(text, frags[0][0], frags[-1][1])
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {
            "cue": span(text, *cue),
            "source": span(text, *src) if src else None,
            "content": content,
            "source_type": typ,
        }
        # checks
        for key in ("cue", "source", "content"):
            sp = rec[key]
            if sp is None:
                continue
            assert text[sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"] == sp["text"].strip(), (doc_id, key, sp["text"])
        for f in frags:
            ft = text[f[0]:f[1]]
            assert not ft.startswith("that "), (doc_id, ft)
            assert not ft.endswith("."), (doc_id, ft)
            assert not ft.endswith(","), (doc_id, ft)
        if src:
            assert not text[src[0]:src[1]].endswith(","), (doc_id, src)
        out.append(rec)
    out.sort(key=lambda r: r["cue"]["start"])
    return out


def words(text):
    return len(text.split())


def build():
    records = []
    ids = [a[0] for a in ARTICLES]
    assert ids == [f"x{i:02d}" for i in range(1, 13)], ids
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), doc_id
        assert "\n\n\n" not in text
        n = words(text)
        assert 250 <= n <= 450, (doc_id, n)
        if i < 6:
            assert not any(c in text for c in CURLY), doc_id
        else:
            assert '"' not in text and "'" not in text, doc_id
            assert "\u201c" in text and "\u2019" in text, doc_id
        attrs = parse(doc_id, text, ann)
        # no two attributions with identical cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in attrs]
        assert len(cues) == len(set(cues)), doc_id
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": attrs})
    return records


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind22.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
