#!/usr/bin/env python3
"""Build ``blind35.jsonl``: the thirty-fifth batch of blind test articles (session 16), held out.

12 invented 2016 political news stories of every kind written as a wire service or a big
newspaper would, each with 14-18 attributions, written and annotated by a helper session that
never read claimtrace's code or tests; see NOTES.md. Its helper says it followed the style of
the typing notes of PolNeAR dev for a few calls. Held out: scored in aggregate only, never read
for errors.

Usage: ``python data/gold/blind35/build_blind35.py [--check]`` (``--check``: exit 1 if
blind35.jsonl is stale).

The helper's own notes on the format follow.

Build the blind35 test set: 12 invented 2016-style political news articles
with hand-annotated attributions (PolNeAR-style spans).

All texts and quotes are invented for this test set.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* CONTENT: the exact span text; a discontinuous content (quote split by the
  cue) lists its fragments separated by " ## ".  Each fragment must be unique
  in the article, or be written "span@@context" (context unique in the text,
  span unique inside the context).
* CUE: exact text; if not given with @@context, the occurrence (whole-word)
  nearest to the content (not overlapping it) is chosen; ties are an error.
* SOURCE: "-" for no source (null); otherwise exact text, chosen as the
  occurrence nearest to the cue that overlaps neither cue nor content, unless
  given with @@context.
* TYPE: named_person | named_org | media | document | anonymous | unknown

Offsets are computed, never typed; every span is asserted against the text.
Run:  python3 build_blind35.py   -> writes blind35.jsonl next to this script.
      python3 build_blind35.py --review   -> also prints every span in context.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
# contents that legitimately begin with demonstrative "that" (not the complementizer)
THAT_DETERMINER = {"that position naive"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- m01 (straight quotes)
art("m01", '''
Trump Vows to Scrap Trade Deals in Ohio as Aides Push for Discipline

YOUNGSTOWN, Ohio (AP) — Donald Trump told a crowd of several thousand supporters here on Tuesday that he would withdraw the United States from the North American Free Trade Agreement on his first day in office if Mexico and Canada refused to renegotiate it.

"We are going to bring the jobs back to the Mahoning Valley, and we're going to do it fast," Trump said, standing in front of a row of photographs of shuttered steel mills. "These politicians have sold you out for thirty years."

The Republican nominee said Hillary Clinton had "flip-flopped" on the Trans-Pacific Partnership and argued that she would approve the pact after the election if voters gave her the chance.

Clinton's campaign dismissed the speech as a rerun. Spokesman Brian Fallon said in a statement that Trump "has outsourced the making of his own ties and suits to China and Mexico" and has "no standing to lecture anyone on American jobs."

The Ohio stop came amid a push inside the campaign to keep the candidate on script in the final weeks of the race. Two aides who travel with the candidate said he had agreed to use a teleprompter at most large rallies, though both described the arrangement as fragile. They spoke on condition of anonymity because they were not authorized to discuss internal deliberations.

Campaign manager Kellyanne Conway told reporters on the plane that the candidate was "in a great place" and that the Ohio trip reflected the campaign's confidence in the industrial Midwest.

A Quinnipiac University poll released last week showed Trump and Clinton locked in a virtual tie in Ohio, with each drawing about 46 percent of likely voters. The survey found that voters without a college degree favored Trump by a wide margin.

Mahoning County Democratic chairman Dave Kovach said the steel jobs Trump promised "aren't coming back because somebody gives a speech."

Some union members at the rally said they were weighing a vote for a Republican for the first time. "My father would roll over in his grave," said Ray Dulcich, a retired pipefitter. "But I'm done with the Clintons."

Gov. John Kasich, a former primary rival, has said he will not vote for Trump, and his aides said Tuesday that the governor had no plans to appear with the nominee.

The Washington Post reported last month that the Trump campaign had spent less on field offices in Ohio than the Romney campaign did in 2012.
''', '''
told || Donald Trump || he would withdraw the United States from the North American Free Trade Agreement on his first day in office if Mexico and Canada refused to renegotiate it || named_person
said || Trump || "We are going to bring the jobs back to the Mahoning Valley, and we're going to do it fast," ## "These politicians have sold you out for thirty years." || named_person
said || The Republican nominee || Hillary Clinton had "flip-flopped" on the Trans-Pacific Partnership || named_person
argued || The Republican nominee || she would approve the pact after the election if voters gave her the chance || named_person
dismissed || Clinton's campaign || the speech as a rerun || named_org
said || Spokesman Brian Fallon || Trump "has outsourced the making of his own ties and suits to China and Mexico" and has "no standing to lecture anyone on American jobs." || named_person
said || Two aides who travel with the candidate || he had agreed to use a teleprompter at most large rallies || anonymous
described || both || the arrangement as fragile || anonymous
told || Campaign manager Kellyanne Conway || the candidate was "in a great place" and that the Ohio trip reflected the campaign's confidence in the industrial Midwest || named_person
showed || A Quinnipiac University poll released last week || Trump and Clinton locked in a virtual tie in Ohio, with each drawing about 46 percent of likely voters || document
found || The survey || voters without a college degree favored Trump by a wide margin || document
said || Mahoning County Democratic chairman Dave Kovach || the steel jobs Trump promised "aren't coming back because somebody gives a speech." || named_person
said || Some union members at the rally || they were weighing a vote for a Republican for the first time || anonymous
said || Ray Dulcich, a retired pipefitter || "My father would roll over in his grave," ## "But I'm done with the Clintons." || named_person
has said || Gov. John Kasich, a former primary rival || he will not vote for Trump || named_person
said || his aides || the governor had no plans to appear with the nominee || anonymous
reported || The Washington Post || the Trump campaign had spent less on field offices in Ohio than the Romney campaign did in 2012 || media
''')

# ---------------------------------------------------------------- m02 (straight quotes)
art("m02", '''
Senate Democrats Block Zika Funding Bill for Third Time

WASHINGTON — Senate Democrats on Tuesday blocked a Republican spending bill for the third time, arguing that the measure shortchanged the fight against the Zika virus and carried provisions aimed at Planned Parenthood.

The vote was 52 to 46, short of the 60 needed to advance the bill.

Senate Majority Leader Mitch McConnell accused Democrats of "playing politics with a public health emergency" and said he would keep bringing the measure to the floor. "Every week they wait, there are more mosquitoes, more infections and more babies at risk," McConnell said on the Senate floor.

The Democratic leader, Harry Reid of Nevada, said the bill "is a partisan trap dressed up as a health bill" and called on Republicans to strip a provision that would bar the money from going to Planned Parenthood clinics in Puerto Rico.

The Centers for Disease Control and Prevention said last week that it had nearly exhausted the $222 million the administration shifted to the Zika response from other accounts.

In the House, Speaker Paul D. Ryan told reporters that he hoped the two chambers could reach a deal before the end of the month, when government funding runs out. He said a short-term measure to keep agencies open into December was "the most likely outcome."

Members of the conservative House Freedom Caucus have said they want a longer measure that would push spending decisions into next year. Its chairman, Representative Jim Jordan of Ohio, said in an interview that a December bill would "hand Harry Reid and Barack Obama one last Christmas present."

Democratic aides said privately that they expected Republicans to drop the Planned Parenthood language before the deadline. One senior Democratic aide said the White House had signaled it would not accept any bill that included it, speaking on condition of anonymity because the talks were private.

The White House press secretary, Josh Earnest, told reporters at his daily briefing that President Obama would veto "any bill that plays games with women's health."

An analysis by the Congressional Budget Office estimated that the Republican bill would provide about $1.1 billion over two years, roughly $800 million less than Mr. Obama requested in February.

Public health experts have warned that the virus could spread farther north as long as mosquito season lasts. "We are running out of time and running out of money," Dr. Tom Frieden, the C.D.C. director, said at a briefing in Atlanta.
''', '''
arguing || Senate Democrats || the measure shortchanged the fight against the Zika virus and carried provisions aimed at Planned Parenthood || named_org
accused || Senate Majority Leader Mitch McConnell || Democrats of "playing politics with a public health emergency" || named_person
said || Senate Majority Leader Mitch McConnell || he would keep bringing the measure to the floor || named_person
said || McConnell || "Every week they wait, there are more mosquitoes, more infections and more babies at risk," || named_person
said || The Democratic leader, Harry Reid of Nevada || the bill "is a partisan trap dressed up as a health bill" || named_person
called on || The Democratic leader, Harry Reid of Nevada || Republicans to strip a provision that would bar the money from going to Planned Parenthood clinics in Puerto Rico || named_person
said || The Centers for Disease Control and Prevention || it had nearly exhausted the $222 million the administration shifted to the Zika response from other accounts || named_org
told || Speaker Paul D. Ryan || he hoped the two chambers could reach a deal before the end of the month, when government funding runs out || named_person
said || He || a short-term measure to keep agencies open into December was "the most likely outcome." || named_person
have said || Members of the conservative House Freedom Caucus || they want a longer measure that would push spending decisions into next year || anonymous
said || Its chairman, Representative Jim Jordan of Ohio || a December bill would "hand Harry Reid and Barack Obama one last Christmas present." || named_person
said || Democratic aides || they expected Republicans to drop the Planned Parenthood language before the deadline || anonymous
said || One senior Democratic aide || the White House had signaled it would not accept any bill that included it || anonymous
told || The White House press secretary, Josh Earnest || President Obama would veto "any bill that plays games with women's health." || named_person
estimated || An analysis by the Congressional Budget Office || the Republican bill would provide about $1.1 billion over two years, roughly $800 million less than Mr. Obama requested in February || document
have warned || Public health experts || the virus could spread farther north as long as mosquito season lasts || anonymous
said || Dr. Tom Frieden, the C.D.C. director || "We are running out of time and running out of money," || named_person
''')

# ---------------------------------------------------------------- m03 (straight quotes)
art("m03", '''
Federal Judge Blocks Kansas Proof-of-Citizenship Rule for Voters

TOPEKA, Kan. — A federal judge on Friday blocked a Kansas rule requiring people who register to vote at motor vehicle offices to show documentary proof of citizenship, ruling that the requirement likely violated federal law.

In a 38-page opinion, Judge Margaret Ellison of Federal District Court in Kansas City, Kan., wrote that the state had offered "scant evidence" that noncitizens were registering in meaningful numbers. "The burden on eligible citizens is real and documented; the fraud the state fears is largely hypothetical," she wrote.

Secretary of State Kris Kobach, the law's chief architect, said he would appeal immediately to the United States Court of Appeals for the Tenth Circuit. "This ruling invites fraud, plain and simple," Mr. Kobach said in a telephone interview. "One noncitizen vote cancels out a citizen's vote."

The suit was brought by the American Civil Liberties Union on behalf of several voters. Marcus Reyes, a lawyer for the group, called the decision "a victory for tens of thousands of Kansans who did everything right."

"Every one of these people was a citizen who followed the rules," he said. State records show that about 18,000 applications had been suspended as of August.

Gov. Sam Brownback's office said the governor supported the appeal.

The case is one of several voting disputes to reach the federal courts this year. In July, the United States Court of Appeals for the Fourth Circuit struck down much of North Carolina's voting law, finding that its provisions had been written to burden black voters.

Election officials in several counties have complained that the shifting rules leave them little time to prepare. "We have printed ballots, trained poll workers and mailed notices three times already," said Debra Wilkins, the election commissioner in Sedgwick County. "Now we start over."

A spokeswoman for the Justice Department, which filed a brief supporting the voters, declined to comment.

A Fort Hays State University survey found last year that 62 percent of Kansans supported requiring proof of citizenship to register.

Mr. Kobach has said repeatedly that the law's critics exaggerate its effects, and on Friday he accused the judge of "legislating from the bench."
''', '''
ruling || A federal judge || the requirement likely violated federal law || named_person
wrote || Judge Margaret Ellison of Federal District Court in Kansas City, Kan. || the state had offered "scant evidence" that noncitizens were registering in meaningful numbers || named_person
wrote || she || "The burden on eligible citizens is real and documented; the fraud the state fears is largely hypothetical," || named_person
said || Secretary of State Kris Kobach, the law's chief architect || he would appeal immediately to the United States Court of Appeals for the Tenth Circuit || named_person
said || Mr. Kobach || "This ruling invites fraud, plain and simple," ## "One noncitizen vote cancels out a citizen's vote." || named_person
called || Marcus Reyes, a lawyer for the group || the decision "a victory for tens of thousands of Kansans who did everything right." || named_person
said || he || "Every one of these people was a citizen who followed the rules," || named_person
show || State records || about 18,000 applications had been suspended as of August || document
said || Gov. Sam Brownback's office || the governor supported the appeal || named_org
finding || the United States Court of Appeals for the Fourth Circuit || its provisions had been written to burden black voters || named_org
have complained || Election officials in several counties || the shifting rules leave them little time to prepare || anonymous
said || Debra Wilkins, the election commissioner in Sedgwick County || "We have printed ballots, trained poll workers and mailed notices three times already," ## "Now we start over." || named_person
found || A Fort Hays State University survey || 62 percent of Kansans supported requiring proof of citizenship to register || document
has said || Mr. Kobach || the law's critics exaggerate its effects || named_person
accused || he || the judge of "legislating from the bench." || named_person
''')

# ---------------------------------------------------------------- m04 (straight quotes)
art("m04", '''
Illinois Lawmakers Pass Stopgap Budget, Putting Off Fight Until After Election

SPRINGFIELD, Ill. — Illinois lawmakers on Thursday approved a six-month stopgap budget that will keep schools open and state agencies funded through the end of the year, putting off until after the November election a fight that has left the state without a full budget for more than a year.

Gov. Bruce Rauner, a Republican, said he would sign the measure, calling it "a bridge, not a solution." He told reporters in his Capitol office that the state still needed "structural reforms" to its workers' compensation system and property taxes before he would agree to a tax increase.

House Speaker Michael J. Madigan, the Chicago Democrat who has led the chamber for most of three decades, said the agreement showed that "compromise is still possible in Springfield." But Mr. Madigan's spokesman, Steve Brown, said Democrats would not accept the governor's demands as a condition of a full budget.

The comptroller, Leslie Munger, said in a statement that the state's backlog of unpaid bills had reached $8 billion and would keep growing. A report released this month by the Civic Federation, a Chicago budget watchdog, projected that the backlog could exceed $10 billion by next summer without new revenue.

Moody's Investors Service warned in a note to clients on Thursday that the stopgap "does little to address the state's chronic structural imbalance."

Leaders of social service agencies that laid off staff during the impasse said they were relieved but skeptical. "We have been running on fumes since last July," said Andrea Cortez, the director of a youth shelter in Rockford. "Six months of funding is better than nothing, but you can't plan a program on six months."

Chicago Public Schools officials said the deal would allow classes to begin on time in September.

Both parties are looking ahead to November. Republicans believe the governor's hard line will help them win legislative seats, while Democrats say voters will blame Mr. Rauner for the damage.

The Chicago Tribune reported on Wednesday that the governor's political fund had spent more than $20 million on state legislative races, a figure his aides did not dispute.

A poll by the Paul Simon Public Policy Institute at Southern Illinois University found that 70 percent of Illinois voters thought the state was headed in the wrong direction.
''', '''
said || Gov. Bruce Rauner, a Republican || he would sign the measure || named_person
calling || Gov. Bruce Rauner, a Republican || it "a bridge, not a solution." || named_person
told || He || the state still needed "structural reforms" to its workers' compensation system and property taxes before he would agree to a tax increase || named_person
said || House Speaker Michael J. Madigan, the Chicago Democrat who has led the chamber for most of three decades || the agreement showed that "compromise is still possible in Springfield." || named_person
said || Mr. Madigan's spokesman, Steve Brown || Democrats would not accept the governor's demands as a condition of a full budget || named_person
said || The comptroller, Leslie Munger || the state's backlog of unpaid bills had reached $8 billion and would keep growing || named_person
projected || A report released this month by the Civic Federation, a Chicago budget watchdog || the backlog could exceed $10 billion by next summer without new revenue || document
warned || Moody's Investors Service || the stopgap "does little to address the state's chronic structural imbalance." || named_org
said || Leaders of social service agencies that laid off staff during the impasse || they were relieved but skeptical || anonymous
said || Andrea Cortez, the director of a youth shelter in Rockford || "We have been running on fumes since last July," ## "Six months of funding is better than nothing, but you can't plan a program on six months." || named_person
said || Chicago Public Schools officials || the deal would allow classes to begin on time in September || anonymous
believe || Republicans || the governor's hard line will help them win legislative seats || named_org
say || Democrats || voters will blame Mr. Rauner for the damage || named_org
reported || The Chicago Tribune || the governor's political fund had spent more than $20 million on state legislative races || media
found || A poll by the Paul Simon Public Policy Institute at Southern Illinois University || 70 percent of Illinois voters thought the state was headed in the wrong direction || document
''')

# ---------------------------------------------------------------- m05 (straight quotes)
art("m05", '''
U.S. Suspends Syria Talks With Russia After Aleppo Bombing

WASHINGTON — The United States suspended its talks with Russia on a Syrian cease-fire on Monday, the State Department announced, accusing Moscow of failing to restrain the Syrian government's assault on the besieged city of Aleppo.

"We gave Moscow every chance to keep its word," said John Kirby, the department's spokesman. "This was not a decision taken lightly."

Secretary of State John Kerry had spent months negotiating with his Russian counterpart, Sergey V. Lavrov, on a plan under which the two countries would share intelligence and coordinate airstrikes against extremist groups. Senior administration officials said Mr. Kerry had argued inside the administration for giving the diplomacy more time, but that the bombing of a hospital and an aid convoy last month had left him with little to defend.

A spokesman for President Vladimir V. Putin, Dmitri S. Peskov, told reporters in Moscow that Washington was "trying to shift the blame" for the collapse of the truce onto Russia. Russia's Defense Ministry said in a statement that its aircraft had not struck the convoy.

At the White House, President Obama's press secretary, Josh Earnest, said the president had not ruled out other options.

Republicans in Congress said the decision came far too late. Senator John McCain of Arizona, the chairman of the Armed Services Committee, called the administration's Syria policy "a disgrace" and said the president had "allowed Vladimir Putin to dictate the terms."

On the campaign trail, Donald J. Trump told supporters in Colorado that the United States should work with Russia against the Islamic State; Hillary Clinton's campaign called that position naive.

Aid groups say about 275,000 people remain trapped in eastern Aleppo. The United Nations envoy for Syria, Staffan de Mistura, warned last week that the area could be "reduced to rubble" by the end of the year if the bombing continued.

Some analysts said the suspension could push Moscow toward a deal. Others warned that without American engagement, Russia would have even less reason to hold back.

According to The Wall Street Journal, the Pentagon has drafted options for strikes on Syrian airfields. Defense officials stressed on Monday that no such plan had been presented to the president.
''', '''
announced || the State Department || The United States suspended its talks with Russia on a Syrian cease-fire on Monday || named_org
accusing || the State Department || Moscow of failing to restrain the Syrian government's assault on the besieged city of Aleppo || named_org
said || John Kirby, the department's spokesman || "We gave Moscow every chance to keep its word," ## "This was not a decision taken lightly." || named_person
said || Senior administration officials || Mr. Kerry had argued inside the administration for giving the diplomacy more time, but that the bombing of a hospital and an aid convoy last month had left him with little to defend || anonymous
told || A spokesman for President Vladimir V. Putin, Dmitri S. Peskov || Washington was "trying to shift the blame" for the collapse of the truce onto Russia || named_person
said || Russia's Defense Ministry || its aircraft had not struck the convoy || named_org
said || President Obama's press secretary, Josh Earnest || the president had not ruled out other options || named_person
said || Republicans in Congress || the decision came far too late || named_org
called || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the administration's Syria policy "a disgrace" || named_person
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the president had "allowed Vladimir Putin to dictate the terms." || named_person
told || Donald J. Trump || the United States should work with Russia against the Islamic State || named_person
called || Hillary Clinton's campaign || that position naive || named_org
say || Aid groups || about 275,000 people remain trapped in eastern Aleppo || anonymous
warned || The United Nations envoy for Syria, Staffan de Mistura || the area could be "reduced to rubble" by the end of the year if the bombing continued || named_person
said || Some analysts || the suspension could push Moscow toward a deal || anonymous
warned || Others || without American engagement, Russia would have even less reason to hold back || anonymous
According to || The Wall Street Journal || the Pentagon has drafted options for strikes on Syrian airfields || media
stressed || Defense officials || no such plan had been presented to the president || anonymous
''')

# ---------------------------------------------------------------- m06 (straight quotes)
art("m06", '''
Clinton Opens Lead After First Debate, New Poll Shows

Hillary Clinton has opened a six-point lead over Donald J. Trump nationally in the week since their first debate, according to a Washington Post-ABC News poll released Sunday.

The survey found Mrs. Clinton leading 49 percent to 43 percent among likely voters, up from a two-point edge in early September. Sixty-one percent of those who watched the debate said Mrs. Clinton had won it, while 27 percent said Mr. Trump had.

Clinton's campaign manager, Robby Mook, said in a memo to supporters that the campaign was "not taking anything for granted" and warned that Republican-leaning voters could still return to Mr. Trump in large numbers.

"The polls are rigged, folks, they're phony," Mr. Trump said at a rally in Manheim, Pa., on Saturday night. He said online surveys conducted after the debate showed him winning "by a lot."

Pollsters say such online surveys, which allow anyone to vote, are not scientific.

Kellyanne Conway, Mr. Trump's campaign manager, told CNN on Sunday that the campaign's internal numbers showed a closer race and that Mr. Trump was gaining in Pennsylvania and Florida.

Other surveys have shown a tighter contest. On Sunday, a Los Angeles Times/USC tracking poll showed Mr. Trump ahead by three points. The FiveThirtyEight forecast estimated on Sunday that Mrs. Clinton had a 74 percent chance of winning.

Analysts cautioned that national leads can shrink quickly. "Two weeks ago people were writing her obituary," said Patrick Murray, director of the Monmouth University Polling Institute. "Now they're writing his. Both were premature."

Republican strategists said privately that a sustained Clinton lead could hurt the party's Senate candidates in states like New Hampshire and Pennsylvania. "If the top of the ticket collapses, the whole thing goes down with it," one Republican consultant working on a Senate race said.

The Post-ABC poll of 1,012 adults was conducted Sept. 28 to Oct. 2 and has a margin of error of plus or minus 3.5 percentage points.
''', '''
Shows || New Poll || Clinton Opens Lead After First Debate || document
according to || a Washington Post-ABC News poll released Sunday || Hillary Clinton has opened a six-point lead over Donald J. Trump nationally in the week since their first debate || document
found || The survey || Mrs. Clinton leading 49 percent to 43 percent among likely voters, up from a two-point edge in early September || document
said || Sixty-one percent of those who watched the debate || Mrs. Clinton had won it || anonymous
said || 27 percent || Mr. Trump had || anonymous
said || Clinton's campaign manager, Robby Mook || the campaign was "not taking anything for granted" || named_person
warned || Clinton's campaign manager, Robby Mook || Republican-leaning voters could still return to Mr. Trump in large numbers || named_person
said || Mr. Trump || "The polls are rigged, folks, they're phony," || named_person
said || He || online surveys conducted after the debate showed him winning "by a lot." || named_person
say || Pollsters || such online surveys, which allow anyone to vote, are not scientific || anonymous
told || Kellyanne Conway, Mr. Trump's campaign manager || the campaign's internal numbers showed a closer race and that Mr. Trump was gaining in Pennsylvania and Florida || named_person
have shown || Other surveys || a tighter contest || document
showed || a Los Angeles Times/USC tracking poll || Mr. Trump ahead by three points || document
estimated || The FiveThirtyEight forecast || Mrs. Clinton had a 74 percent chance of winning || document
cautioned || Analysts || national leads can shrink quickly || anonymous
said || Patrick Murray, director of the Monmouth University Polling Institute || "Two weeks ago people were writing her obituary," ## "Now they're writing his. Both were premature." || named_person
said || Republican strategists || a sustained Clinton lead could hurt the party's Senate candidates in states like New Hampshire and Pennsylvania || anonymous
said || one Republican consultant working on a Senate race || "If the top of the ticket collapses, the whole thing goes down with it," || anonymous
''')

# ---------------------------------------------------------------- m07 (curly quotes)
art("m07", '''
Congress Overrides Obama’s Veto of 9/11 Lawsuit Bill

WASHINGTON — Congress on Wednesday voted overwhelmingly to override President Obama’s veto of a bill that would allow families of Sept. 11 victims to sue Saudi Arabia, the first time lawmakers have overturned one of his vetoes.

The Senate voted 97 to 1 and the House 348 to 77 to enact the measure, known as the Justice Against Sponsors of Terrorism Act.

Mr. Obama called the vote “a mistake” in an interview with CNN on Wednesday afternoon and said lawmakers had not fully understood the consequences. “I understand the pain of these families better than most,” he said. “But this bill opens the door to Americans being hauled into foreign courts.”

The White House press secretary, Josh Earnest, told reporters aboard Air Force One that the override was “an abdication of responsibility” by senators who had not read the bill closely.

Senator Chuck Schumer of New York, a chief sponsor, said the families “deserve their day in court” and said the administration’s warnings about lawsuits against American troops abroad were “overblown.”

Senator Bob Corker of Tennessee, the chairman of the Foreign Relations Committee, said lawmakers would look at narrowing the measure after the election. Speaker Paul D. Ryan told reporters on Thursday that the House might need to revisit the law to protect service members.

Saudi Arabia’s Foreign Ministry said in a statement carried by the state news agency that the law would have “serious unintended consequences.” The kingdom has denied any role in the 2001 attacks.

“Fifteen years we have waited for this,” said Linda Marchetti, a widow from Staten Island whose husband died in the north tower. “Now we finally get to ask our questions under oath.”

A senior administration official said that several senators had privately told the White House they regretted their votes even as they cast them, speaking on condition of anonymity to discuss private conversations.

Donald J. Trump said in a statement that Mr. Obama’s veto had been “shameful” and that the override was long overdue. Hillary Clinton’s campaign has said she would have signed the bill.

The Pentagon has warned that other countries could pass similar laws aimed at American personnel. The New York Times reported last month that Saudi officials had privately warned lawmakers that the kingdom might sell off American assets if the bill became law.
''', '''
called || Mr. Obama || the vote “a mistake” || named_person
said || Mr. Obama || lawmakers had not fully understood the consequences || named_person
said || he || “I understand the pain of these families better than most,” ## “But this bill opens the door to Americans being hauled into foreign courts.” || named_person
told || The White House press secretary, Josh Earnest || the override was “an abdication of responsibility” by senators who had not read the bill closely || named_person
said || Senator Chuck Schumer of New York, a chief sponsor || the families “deserve their day in court” || named_person
said || Senator Chuck Schumer of New York, a chief sponsor || the administration’s warnings about lawsuits against American troops abroad were “overblown.” || named_person
said || Senator Bob Corker of Tennessee, the chairman of the Foreign Relations Committee || lawmakers would look at narrowing the measure after the election || named_person
told || Speaker Paul D. Ryan || the House might need to revisit the law to protect service members || named_person
said || Saudi Arabia’s Foreign Ministry || the law would have “serious unintended consequences.” || named_org
has denied || The kingdom || any role in the 2001 attacks || named_org
said || Linda Marchetti, a widow from Staten Island whose husband died in the north tower || “Fifteen years we have waited for this,” ## “Now we finally get to ask our questions under oath.” || named_person
said || A senior administration official || several senators had privately told the White House they regretted their votes even as they cast them || anonymous
said || Donald J. Trump || Mr. Obama’s veto had been “shameful” and that the override was long overdue || named_person
has said || Hillary Clinton’s campaign || she would have signed the bill || named_org
has warned || The Pentagon || other countries could pass similar laws aimed at American personnel || named_org
reported || The New York Times || Saudi officials had privately warned lawmakers that the kingdom might sell off American assets if the bill became law || media
''')

# ---------------------------------------------------------------- m08 (curly quotes)
art("m08", '''
Clinton Calls on F.B.I. to Disclose Details of New Email Review

DES MOINES — Hillary Clinton on Friday called on the F.B.I. to release everything it knows about newly discovered emails connected to her private server, hours after the bureau’s director, James B. Comey, told Congress that agents were examining the messages.

“The American people deserve every relevant fact, and they deserve it right now,” Mrs. Clinton said at a hastily arranged news conference. She said she was “confident” that the review would not change the bureau’s conclusion in July that no charges were warranted.

In a three-paragraph letter to the chairmen of several congressional committees, Mr. Comey wrote that investigators had come across emails “that may be relevant” to the earlier inquiry and that the bureau could not yet say whether they were significant.

Law enforcement officials said the emails had been found on a laptop used by Anthony Weiner, the estranged husband of Mrs. Clinton’s aide Huma Abedin, during an unrelated investigation. The officials spoke on the condition of anonymity because the inquiry was continuing.

At a rally in Manchester, N.H., Donald J. Trump opened his speech with the news. “Folks, this changes everything,” he told the crowd. “Maybe, just maybe, somebody over there is finally doing their job,” he added.

Mr. Trump’s running mate, Gov. Mike Pence of Indiana, said in an interview on Fox News that the review showed that Mrs. Clinton “cannot be trusted with the presidency.”

The Clinton campaign chairman, John D. Podesta, said in a statement that it was “extraordinary” for the bureau to release such information 11 days before an election.

Some former Justice Department officials said Mr. Comey had broken with a long-standing practice of avoiding public steps that could affect an election. According to two people briefed on the matter, Attorney General Loretta E. Lynch had advised Mr. Comey against sending the letter. The Justice Department declined to comment.

The Washington Post reported late Friday that agents had not yet obtained a warrant to read the messages.

Democrats in Congress, including Senator Dianne Feinstein of California, said the letter was “appalling” and demanded that Mr. Comey explain himself.

An NBC News/SurveyMonkey poll conducted before the letter was released found Mrs. Clinton ahead by six points nationally.
''', '''
called on || Hillary Clinton || the F.B.I. to release everything it knows about newly discovered emails connected to her private server || named_person
told || the bureau’s director, James B. Comey || agents were examining the messages || named_person
said || Mrs. Clinton || “The American people deserve every relevant fact, and they deserve it right now,” || named_person
said || She || she was “confident” that the review would not change the bureau’s conclusion in July that no charges were warranted || named_person
wrote || Mr. Comey || investigators had come across emails “that may be relevant” to the earlier inquiry and that the bureau could not yet say whether they were significant || named_person
said || Law enforcement officials || the emails had been found on a laptop used by Anthony Weiner, the estranged husband of Mrs. Clinton’s aide Huma Abedin, during an unrelated investigation || anonymous
told || he || “Folks, this changes everything,” || named_person
added || he || “Maybe, just maybe, somebody over there is finally doing their job,” || named_person
said || Mr. Trump’s running mate, Gov. Mike Pence of Indiana || the review showed that Mrs. Clinton “cannot be trusted with the presidency.” || named_person
said || The Clinton campaign chairman, John D. Podesta || it was “extraordinary” for the bureau to release such information 11 days before an election || named_person
said || Some former Justice Department officials || Mr. Comey had broken with a long-standing practice of avoiding public steps that could affect an election || anonymous
According to || two people briefed on the matter || Attorney General Loretta E. Lynch had advised Mr. Comey against sending the letter || anonymous
reported || The Washington Post || agents had not yet obtained a warrant to read the messages || media
said || Democrats in Congress, including Senator Dianne Feinstein of California || the letter was “appalling” || named_person
demanded || Democrats in Congress, including Senator Dianne Feinstein of California || Mr. Comey explain himself || named_person
found || An NBC News/SurveyMonkey poll conducted before the letter was released || Mrs. Clinton ahead by six points nationally || document
''')

# ---------------------------------------------------------------- m09 (curly quotes)
art("m09", '''
Grassley Rules Out Garland Hearing as Court Vacancy Reaches Six Months

WASHINGTON — Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, said on Tuesday that his panel would not hold hearings on Judge Merrick B. Garland’s nomination to the Supreme Court before the election.

“The American people will have their say in November, and then the next president will make this choice,” Mr. Grassley said on a conference call with Iowa reporters.

It has been six months since President Obama nominated Judge Garland, the chief judge of the federal appeals court in Washington, to fill the seat left vacant by the death of Justice Antonin Scalia in February.

Seventy-five former federal judges signed a letter to Senate leaders last week. The letter said the prolonged vacancy had left the court “unable to resolve important questions of federal law” and warned that the Senate’s inaction risked “lasting damage to the judiciary.”

The Senate majority leader, Mitch McConnell of Kentucky, has insisted since the day of Justice Scalia’s death that the next president should fill the seat. A spokesman for Mr. McConnell, Don Stewart, said Tuesday that “nothing has changed.”

Democrats have made the blockade an issue in several Senate races. Senator Patrick J. Leahy of Vermont, the top Democrat on the Judiciary Committee, accused Republicans of “the most blatant act of obstruction” he had seen in 42 years in the Senate.

Some Republican senators facing tough re-election races have met privately with Judge Garland, and at least two have said publicly that he deserves a hearing. Senator Mark Kirk of Illinois said in a radio interview that his colleagues should “do their jobs and vote.”

Conservative groups have warned that any move toward confirmation would depress turnout among Republican voters. The Judicial Crisis Network said in a statement that a hearing would be “a betrayal of millions of voters.”

Several Republican senators have suggested they could take up the nomination in the lame-duck session if Hillary Clinton wins the election, reasoning that Judge Garland, 63, is more moderate than anyone she might nominate.

Mr. Grassley was noncommittal. “I’m not going to speculate about a scenario that may never happen,” he said.

A CNN/ORC poll in July found that 57 percent of Americans wanted the Senate to hold hearings on the nomination. The White House said Judge Garland had now waited longer for a hearing than any Supreme Court nominee in history.
''', '''
said || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || his panel would not hold hearings on Judge Merrick B. Garland’s nomination to the Supreme Court before the election || named_person
said || Mr. Grassley || “The American people will have their say in November, and then the next president will make this choice,” || named_person
said || The letter || the prolonged vacancy had left the court “unable to resolve important questions of federal law” || document
warned || The letter || the Senate’s inaction risked “lasting damage to the judiciary.” || document
has insisted || The Senate majority leader, Mitch McConnell of Kentucky || the next president should fill the seat || named_person
said || A spokesman for Mr. McConnell, Don Stewart || “nothing has changed.” || named_person
accused || Senator Patrick J. Leahy of Vermont, the top Democrat on the Judiciary Committee || Republicans of “the most blatant act of obstruction” he had seen in 42 years in the Senate || named_person
have said || at least two || he deserves a hearing || anonymous
said || Senator Mark Kirk of Illinois || his colleagues should “do their jobs and vote.” || named_person
have warned || Conservative groups || any move toward confirmation would depress turnout among Republican voters || anonymous
said || The Judicial Crisis Network || a hearing would be “a betrayal of millions of voters.” || named_org
have suggested || Several Republican senators || they could take up the nomination in the lame-duck session if Hillary Clinton wins the election || anonymous
reasoning || Several Republican senators || Judge Garland, 63, is more moderate than anyone she might nominate || anonymous
said || he || “I’m not going to speculate about a scenario that may never happen,” || named_person
found || A CNN/ORC poll in July || 57 percent of Americans wanted the Senate to hold hearings on the nomination || document
said || The White House || Judge Garland had now waited longer for a hearing than any Supreme Court nominee in history || named_org
''')

# ---------------------------------------------------------------- m10 (curly quotes)
art("m10", '''
Sanders Urges Young Voters to Back Clinton, but Many Remain Unconvinced

MADISON, Wis. — Senator Bernie Sanders told several thousand students at the University of Wisconsin on Monday that a vote for a third-party candidate would be “a vote for Donald Trump,” making his most forceful appeal yet on behalf of Hillary Clinton.

“This is not a time for a protest vote,” the Vermont senator said. “The stakes are too high.”

Mr. Sanders said Mrs. Clinton had adopted much of his agenda, including tuition-free public college for families earning less than $125,000 a year.

But many students at the rally said they remained unconvinced. “I respect Bernie, but I can’t vote for her,” said Caitlin Moss, 20, a sophomore from Eau Claire. She said she planned to vote for Jill Stein, the Green Party nominee. Others said they would vote for Mrs. Clinton without enthusiasm.

A Quinnipiac University poll released last month found that 29 percent of likely voters under 35 supported third-party candidates.

Clinton campaign officials worry that younger voters, who backed President Obama by wide margins in 2008 and 2012, will stay home in November. The campaign announced last week that Senator Elizabeth Warren of Massachusetts and the first lady, Michelle Obama, would hold events on college campuses in October.

Jennifer Palmieri, the Clinton campaign’s communications director, told reporters that the campaign was “going to fight for every one of these votes.”

Donald J. Trump wrote on Twitter on Monday that Mr. Sanders had “given up” on his own supporters.

At a later stop in Milwaukee, Mr. Sanders was blunt. “He is the last person on earth who should lecture anybody about keeping faith with working people,” he said.

Gary Johnson, the Libertarian nominee, has drawn strong support from young voters. A Johnson spokesman said the campaign’s own data showed him leading among voters under 25 in several states.
''', '''
told || Senator Bernie Sanders || a vote for a third-party candidate would be “a vote for Donald Trump,” || named_person
said || the Vermont senator || “This is not a time for a protest vote,” ## “The stakes are too high.” || named_person
said || Mr. Sanders || Mrs. Clinton had adopted much of his agenda, including tuition-free public college for families earning less than $125,000 a year || named_person
said || many students at the rally || they remained unconvinced || anonymous
said || Caitlin Moss, 20, a sophomore from Eau Claire || “I respect Bernie, but I can’t vote for her,” || named_person
said || She || she planned to vote for Jill Stein, the Green Party nominee || named_person
said || Others || they would vote for Mrs. Clinton without enthusiasm || anonymous
found || A Quinnipiac University poll released last month || 29 percent of likely voters under 35 supported third-party candidates || document
worry || Clinton campaign officials || younger voters, who backed President Obama by wide margins in 2008 and 2012, will stay home in November || anonymous
announced || The campaign || Senator Elizabeth Warren of Massachusetts and the first lady, Michelle Obama, would hold events on college campuses in October || named_org
told || Jennifer Palmieri, the Clinton campaign’s communications director || the campaign was “going to fight for every one of these votes.” || named_person
wrote || Donald J. Trump || Mr. Sanders had “given up” on his own supporters || named_person
said || he || “He is the last person on earth who should lecture anybody about keeping faith with working people,” || named_person
said || A Johnson spokesman || the campaign’s own data showed him leading among voters under 25 in several states || anonymous
''')

# ---------------------------------------------------------------- m11 (curly quotes)
art("m11", '''
Texas Leads 11 States in Suit Over Transgender Bathroom Guidance

AUSTIN, Tex. — Texas and 10 other states sued the Obama administration on Wednesday over its guidance on the use of school bathrooms by transgender students, arguing that the directive was an unlawful attempt to rewrite federal law.

Filed in Federal District Court in Wichita Falls, the lawsuit contends that the Departments of Education and Justice skipped the required rule-making process and “threatened to strip schools of federal money over a policy Congress never approved.”

“This is the federal government bullying local schools,” Attorney General Ken Paxton of Texas said at a news conference in Austin. “We will not stand by while the administration seizes power it does not have.”

Gov. Greg Abbott said on Twitter that Texas would not be “blackmailed” by the White House.

The Justice Department said it would “vigorously defend” the guidance. A department spokeswoman, Carla Benton, said the letter sent to schools in May was “designed to help schools ensure the safety and well-being of all students.”

At the White House, the press secretary, Josh Earnest, told reporters that the administration was confident the guidance rested on “a sound legal foundation” and that the states’ suit was “a political stunt.”

Supporters of transgender rights said the lawsuit would frighten students who already face harassment. “Every one of these kids just wants to go to school and be left alone,” said Rachel Okafor, a lawyer with Lambda Legal.

The guidance has become a flash point in the presidential race. Donald J. Trump has said the issue should be left to the states, while Hillary Clinton has praised the administration for “standing up for” transgender students.

School officials in several districts said they were unsure whether to follow the federal letter or their state’s instructions. A survey by the Gay, Lesbian and Straight Education Network found that 75 percent of transgender students felt unsafe at school because of their gender expression.

North Carolina is already fighting the Justice Department over a state law requiring people in government buildings to use the bathroom that matches the sex on their birth certificate. According to The Charlotte Observer, the law has cost the state dozens of conventions and concerts.

Legal experts said the states had filed in a courthouse with a single judge, appointed by a Republican president, in an effort to secure a friendly venue.
''', '''
arguing || Texas and 10 other states || the directive was an unlawful attempt to rewrite federal law || named_org
contends || the lawsuit || the Departments of Education and Justice skipped the required rule-making process and “threatened to strip schools of federal money over a policy Congress never approved.” || document
said || Attorney General Ken Paxton of Texas || “This is the federal government bullying local schools,” ## “We will not stand by while the administration seizes power it does not have.” || named_person
said || Gov. Greg Abbott || Texas would not be “blackmailed” by the White House || named_person
said || The Justice Department || it would “vigorously defend” the guidance || named_org
said || A department spokeswoman, Carla Benton || the letter sent to schools in May was “designed to help schools ensure the safety and well-being of all students.” || named_person
told || the press secretary, Josh Earnest || the administration was confident the guidance rested on “a sound legal foundation” and that the states’ suit was “a political stunt.” || named_person
said || Supporters of transgender rights || the lawsuit would frighten students who already face harassment || anonymous
said || Rachel Okafor, a lawyer with Lambda Legal || “Every one of these kids just wants to go to school and be left alone,” || named_person
has said || Donald J. Trump || the issue should be left to the states || named_person
has praised || Hillary Clinton || the administration for “standing up for” transgender students || named_person
said || School officials in several districts || they were unsure whether to follow the federal letter or their state’s instructions || anonymous
found || A survey by the Gay, Lesbian and Straight Education Network || 75 percent of transgender students felt unsafe at school because of their gender expression || document
According to || The Charlotte Observer || the law has cost the state dozens of conventions and concerts || media
said || Legal experts || the states had filed in a courthouse with a single judge, appointed by a Republican president, in an effort to secure a friendly venue || anonymous
''')

# ---------------------------------------------------------------- m12 (curly quotes)
art("m12", '''
R.N.C. Defends Ground Game as Donors Question Trump’s Spending

WASHINGTON — The Republican National Committee insisted on Thursday that it had built the most sophisticated field operation in its history. Some donors and strategists have complained that Donald J. Trump’s campaign has ceded the ground war to Hillary Clinton.

“We have 7,600 paid staff and volunteers in the battleground states, and we’ve made more than 24 million voter contacts,” Reince Priebus, the party chairman, said in an interview. “Anybody who says we don’t have a ground game hasn’t been paying attention.”

The committee’s chief strategist, Sean Spicer, said the party had invested in data and field staff since 2013 precisely because it could not count on any nominee’s operation.

Federal Election Commission filings show that the Trump campaign spent about $3.2 million on payroll in August, compared with about $8.6 million by Mrs. Clinton’s campaign.

Two major Republican donors said they had stopped writing checks to the joint fund-raising committee the party shares with the Trump campaign. Neither was willing to be named for fear of angering the nominee. “The billionaire keeps saying he’s self-funding, and then he asks us for money,” one of them said.

Mr. Trump said on Thursday that he had no regrets about the campaign’s spending and that his large rallies were worth more than “a thousand phone banks.” His campaign manager, Kellyanne Conway, acknowledged in a television interview that the campaign was “behind” in some states but said it was catching up.

The Clinton campaign has more than 5,100 paid staff members across the country, according to Politico. Mrs. Clinton’s campaign manager, Robby Mook, told reporters on a conference call that the campaign’s turnout operation would be “the difference in a close race.”

Political scientists have found that field offices can add one to two percentage points to a candidate’s vote in a competitive state.

It was announced on Wednesday that the committee would send 200 additional staff members to Florida, Ohio and North Carolina for the final month.

A former Romney campaign official said the party’s data operation was far better than in 2012 but could not make up for a candidate who “does not believe in it.”
''', '''
insisted || The Republican National Committee || it had built the most sophisticated field operation in its history || named_org
have complained || Some donors and strategists || Donald J. Trump’s campaign has ceded the ground war to Hillary Clinton || anonymous
said || Reince Priebus, the party chairman || “We have 7,600 paid staff and volunteers in the battleground states, and we’ve made more than 24 million voter contacts,” ## “Anybody who says we don’t have a ground game hasn’t been paying attention.” || named_person
said || The committee’s chief strategist, Sean Spicer || the party had invested in data and field staff since 2013 precisely because it could not count on any nominee’s operation || named_person
show || Federal Election Commission filings || the Trump campaign spent about $3.2 million on payroll in August, compared with about $8.6 million by Mrs. Clinton’s campaign || document
said || Two major Republican donors || they had stopped writing checks to the joint fund-raising committee the party shares with the Trump campaign || anonymous
said || one of them || “The billionaire keeps saying he’s self-funding, and then he asks us for money,” || anonymous
said || Mr. Trump || he had no regrets about the campaign’s spending and that his large rallies were worth more than “a thousand phone banks.” || named_person
acknowledged || His campaign manager, Kellyanne Conway || the campaign was “behind” in some states || named_person
said || His campaign manager, Kellyanne Conway || it was catching up || named_person
according to || Politico || The Clinton campaign has more than 5,100 paid staff members across the country || media
told || Mrs. Clinton’s campaign manager, Robby Mook || the campaign’s turnout operation would be “the difference in a close race.” || named_person
have found || Political scientists || field offices can add one to two percentage points to a candidate’s vote in a competitive state || anonymous
was announced || - || the committee would send 200 additional staff members to Florida, Ohio and North Carolina for the final month || unknown
said || A former Romney campaign official || the party’s data operation was far better than in 2012 but could not make up for a candidate who “does not believe in it.” || anonymous
''')


# ====================================================================== machinery
def occurrences(text, s):
    """Start offsets of s in text, whole-word at alphanumeric edges."""
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r"(?<!\w)" + pat
    if s[-1].isalnum():
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def fixed(text, spec, what):
    """Resolve 'span@@context' or a span that must be unique. Returns (s, e)."""
    if "@@" in spec:
        span, ctx = spec.split("@@")
        cs = occurrences(text, ctx)
        assert len(cs) == 1, f"{what}: context {ctx!r} found {len(cs)} times"
        inner = occurrences(ctx, span)
        assert len(inner) == 1, f"{what}: {span!r} found {len(inner)} times in context"
        s = cs[0] + inner[0]
        return s, s + len(span)
    occ = occurrences(text, spec)
    assert len(occ) == 1, f"{what}: {spec!r} found {len(occ)} times (need unique or @@context)"
    return occ[0], occ[0] + len(spec)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def para_of(text, pos):
    """Index of the paragraph (blank-line separated) holding offset pos."""
    return text.count("\n\n", 0, pos + 1)


def nearest(text, spec, targets, forbid, what):
    """Occurrence of spec nearest to any of targets, overlapping none of forbid."""
    if "@@" in spec:
        s, e = fixed(text, spec, what)
        assert not any(overlaps((s, e), f) for f in forbid), f"{what}: explicit span overlaps"
        return (s, e), 1
    cands = []
    paras = {para_of(text, t[0]) for t in targets}
    for s in occurrences(text, spec):
        span = (s, s + len(spec))
        if any(overlaps(span, f) for f in forbid):
            continue
        if para_of(text, s) not in paras:  # cue/source never cross a paragraph here
            continue
        cands.append((min(gap(span, t) for t in targets), span))
    assert cands, f"{what}: {spec!r} not found"
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] < cands[1][0], f"{what}: tie for {spec!r}"
    return cands[0][1], len(cands)


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_ann(doc_id, text, ann):
    out = []
    for lineno, line in enumerate(x for x in ann.strip("\n").split("\n") if x.strip()):
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id} line {lineno}: {line!r}"
        cue_spec, src_spec, con_spec, stype = parts
        where = f"{doc_id}#{lineno} ({cue_spec} / {src_spec})"
        assert stype in TYPES, where
        frags = [fixed(text, f.strip(), where + " content") for f in con_spec.split(" ## ")]
        frags.sort()
        for a, b in zip(frags, frags[1:], strict=False):
            assert a[1] <= b[0], where
        cue, ncue = nearest(text, cue_spec, frags, frags, where + " cue")
        if src_spec == "-":
            src, nsrc = None, 0
            assert stype == "unknown", where
        else:
            src, nsrc = nearest(text, src_spec, [cue], frags + [cue], where + " source")
        cstart, cend = frags[0][0], frags[-1][1]
        content = span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        # convention checks
        ctext = content["text"]
        if ctext not in THAT_DETERMINER:  # content must not start with complementizer "that"
            assert not re.match(r"(?i)that\b", ctext), f"{where}: content starts with 'that'"
        for s, e in frags:
            ft = text[s:e]
            assert ft == ft.strip(), f"{where}: fragment has outer whitespace"
            if ft.endswith("."):
                raise AssertionError(f"{where}: sentence-final period outside quotes: {ft[-30:]!r}")
        if src is not None:
            assert text[src[0]:src[1]] == src_spec.split("@@")[0]
            assert not src_spec.endswith(","), where
        rec = {
            "cue": span(text, *cue),
            "source": span(text, *src) if src else None,
            "content": content,
            "source_type": stype,
        }
        out.append((rec, ncue, nsrc))
    return out


def check_quotes(doc_id, text):
    n = int(doc_id[1:])
    if n <= 6:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight-quote article"
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly-quote article"
        assert "\u201c" in text and "\u201d" in text, f"{doc_id}: no curly quotes"


def check_layout(doc_id, text):
    paras = text.split("\n\n")
    assert len(paras) >= 4, doc_id
    assert "\n" not in paras[0], f"{doc_id}: headline must be one line"
    for p in paras:
        assert p.strip() == p and p and "\n" not in p, f"{doc_id}: bad paragraph {p[:40]!r}"
    words = len(text.split())
    assert 300 <= words <= 500, f"{doc_id}: {words} words"


def build(review=False):
    records = []
    ids = [a[0] for a in ARTICLES]
    assert ids == [f"m{i:02d}" for i in range(1, 13)], ids
    for doc_id, text, ann in ARTICLES:
        check_quotes(doc_id, text)
        check_layout(doc_id, text)
        parsed = parse_ann(doc_id, text, ann)
        atts = [p[0] for p in parsed]
        assert 10 <= len(atts) <= 18, f"{doc_id}: {len(atts)} attributions"
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(set(cues)) == len(cues), f"{doc_id}: two attributions share a cue span"
        for a in atts:
            for key in ("cue", "source", "content"):
                sp = a[key]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert 0 <= s < e <= len(text)
        order = sorted(range(len(parsed)), key=lambda i: atts[i]["cue"]["start"])
        parsed = [parsed[i] for i in order]
        atts = [p[0] for p in parsed]
        if review:
            print(f"\n===== {doc_id} ({len(text.split())} words, {len(atts)} attributions)")
            for rec, ncue, nsrc in parsed:
                marks = [(rec["cue"]["start"], "<C:"), (rec["cue"]["end"], ">")]
                if rec["source"]:
                    marks += [(rec["source"]["start"], "[S:"), (rec["source"]["end"], "]")]
                for s, e in rec["content"].get("fragments", [[rec["content"]["start"], rec["content"]["end"]]]):
                    marks += [(s, "{"), (e, "}")]
                lo = min(m[0] for m in marks)
                hi = max(m[0] for m in marks)
                lo = max(0, text.rfind("\n", 0, lo) + 1, lo - 40)
                hi = min(len(text), hi + 25)
                seg = text[lo:hi]
                for pos, m in sorted(marks, key=lambda x: -x[0]):
                    seg = seg[:pos - lo] + m + seg[pos - lo:]
                flag = (f"  !cue x{ncue}" if ncue > 1 else "") + (f"  !src x{nsrc}" if nsrc > 1 else "")
                print(f"- {rec['source_type']:12s}{flag}\n    {seg}")
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind35.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
