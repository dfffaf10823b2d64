#!/usr/bin/env python3
"""Build ``blind17.jsonl``: the seventeenth batch of blind test articles (session 15).

14 invented articles of everyday 2016 campaign and Congress news in wire and newspaper style,
written and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md. Held out: scored with the session's start code and its final code, and never read for
errors.

Usage: ``python data/gold/blind17/build_blind17.py [--check] [--show]`` (``--check``: exit 1
if blind17.jsonl is stale; ``--show``: print every attribution in context).

Stdlib only. Every offset is COMPUTED from the article text; nothing is typed by hand.

Annotation line format (one attribution per line, inside each article's ANN block):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE may be the word  null  (no source in the article).
* CONTENT may be split into fragments with  ##  ("frag one ## frag two").
* Any of CUE / SOURCE / a content fragment may be written  span@@context : the span is then
  looked up inside the unique occurrence of `context` in the text (first hit of span inside it).
* Without a context:
    - a content fragment must occur exactly once in the text (asserted);
    - the cue is the occurrence (whole-word) nearest to the content, not overlapping it;
    - the source is the occurrence (whole-word, case-sensitive) nearest to the cue, overlapping
      neither cue nor content.
Run with --show to print every resolved span in context for checking by eye.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

STRAIGHT = set('"\'')
CURLY = set('\u201c\u201d\u2018\u2019')

ARTICLES = []


def add(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip('\n'), ann.strip('\n')))


# ---------------------------------------------------------------- s01 (straight quotes)
add('s01', '''
McConnell says Senate will not budge on court vacancy

WASHINGTON (AP) — Senate Majority Leader Mitch McConnell said Tuesday that Republicans would not hold hearings on President Barack Obama's Supreme Court nominee before the November election, brushing aside a new push by Democrats to force a vote.

"The American people will have their say in the fall, and the next president will make this choice," McConnell told reporters after a weekly lunch with his caucus. "That position has not changed and it is not going to change."

Democrats have argued that the Senate is failing in its constitutional duty. Minority Leader Harry Reid of Nevada said McConnell was "running out the clock on the Constitution" and vowed to keep raising the issue on the floor every day the chamber is in session.

The White House said in a statement that Judge Merrick Garland had now met with more than 60 senators, including 14 Republicans. Press secretary Josh Earnest told reporters aboard Air Force One that the president was "not going to give up on a good man because of an election-year calculation."

Some Republican senators facing tough re-election races privately worry that the blockade could hurt them with moderate voters, according to two GOP aides. Both spoke on condition of anonymity because they were not authorized to discuss internal deliberations.

One of those senators, Mark Kirk of Illinois, has already met with Garland. Kirk said last month that senators should "do their job" and vote.

A spokesman for McConnell, Don Stewart, said the majority leader had spoken with every member of his conference and was "comfortable" with where they stood.

A CNN/ORC poll released last week found that 57 percent of Americans want the Senate to hold hearings. McConnell was unmoved. "Polls come and go," he said. "The Constitution does not."
''', '''
says || McConnell || Senate will not budge on court vacancy || named_person
said || Senate Majority Leader Mitch McConnell || Republicans would not hold hearings on President Barack Obama's Supreme Court nominee before the November election || named_person
told || McConnell || "The American people will have their say in the fall, and the next president will make this choice," ## "That position has not changed and it is not going to change." || named_person
have argued || Democrats || the Senate is failing in its constitutional duty || named_org
said || Minority Leader Harry Reid of Nevada || McConnell was "running out the clock on the Constitution" || named_person
vowed || Minority Leader Harry Reid of Nevada || to keep raising the issue on the floor every day the chamber is in session || named_person
said || The White House || Judge Merrick Garland had now met with more than 60 senators, including 14 Republicans || named_org
told || Press secretary Josh Earnest || the president was "not going to give up on a good man because of an election-year calculation." || named_person
according to || two GOP aides || Some Republican senators facing tough re-election races privately worry that the blockade could hurt them with moderate voters || anonymous
said || Kirk || senators should "do their job" and vote || named_person
said || A spokesman for McConnell, Don Stewart || the majority leader had spoken with every member of his conference and was "comfortable" with where they stood || named_person
found || A CNN/ORC poll released last week || 57 percent of Americans want the Senate to hold hearings || document
said || he || "Polls come and go," ## "The Constitution does not." || named_person
''')

# ---------------------------------------------------------------- s02
add('s02', '''
Trump campaign shake-up leaves aides uneasy

NEW YORK — Donald Trump's presidential campaign dismissed its national field director on Monday, the latest in a string of staff changes at the top of the operation.

In a two-sentence email to reporters, the campaign said the director, Dan Hollister, "will be pursuing other opportunities."

Two people close to the campaign said Hollister had clashed for weeks with campaign chairman Paul Manafort over how much money to spend on staff in battleground states. One of them said Trump himself signed off on the decision on Sunday night after a meeting at Trump Tower.

Trump told Fox News on Monday that his campaign was "running beautifully" and that reports of infighting were "made up by the dishonest media."

"We have the best people, and we are going to win," he said. "Believe me."

But senior Republicans in Washington say the campaign has fallen far behind Hillary Clinton's in building a ground game. According to figures filed with the Federal Election Commission, the Trump campaign had about 70 paid staff members at the end of May, compared with more than 700 for Clinton.

Clinton's campaign manager, Robby Mook, told reporters on a conference call that the Democratic team had opened offices in all 50 states. "We are not taking a single vote for granted," Mook said.

Reince Priebus, the chairman of the Republican National Committee, has insisted that the party's own field operation will make up the difference. An RNC official said Monday that the committee had more than 500 staff members in 11 states and planned to add more.

Still, several major donors worry that the turmoil will scare away money the campaign badly needs. "People want to see that there's a plan," said one New York fundraiser who has given to Republican candidates for two decades. He asked not to be named to avoid angering the candidate.

The Washington Post first reported Hollister's departure.
''', '''
said || the campaign || the director, Dan Hollister, "will be pursuing other opportunities." || named_org
said || Two people close to the campaign || Hollister had clashed for weeks with campaign chairman Paul Manafort over how much money to spend on staff in battleground states || anonymous
said || One of them || Trump himself signed off on the decision on Sunday night after a meeting at Trump Tower || anonymous
told || Trump || his campaign was "running beautifully" and that reports of infighting were "made up by the dishonest media." || named_person
said || he || "We have the best people, and we are going to win," ## "Believe me." || named_person
say || senior Republicans in Washington || the campaign has fallen far behind Hillary Clinton's in building a ground game || anonymous
According to || figures filed with the Federal Election Commission || the Trump campaign had about 70 paid staff members at the end of May, compared with more than 700 for Clinton || document
told || Clinton's campaign manager, Robby Mook || the Democratic team had opened offices in all 50 states || named_person
said || Mook || "We are not taking a single vote for granted," || named_person
has insisted || Reince Priebus, the chairman of the Republican National Committee || the party's own field operation will make up the difference || named_person
said || An RNC official || the committee had more than 500 staff members in 11 states and planned to add more || anonymous
worry || several major donors || the turmoil will scare away money the campaign badly needs || anonymous
said || one New York fundraiser who has given to Republican candidates for two decades || "People want to see that there's a plan," || anonymous
first reported || The Washington Post || Hollister's departure || media
''')

# ---------------------------------------------------------------- s03
add('s03', '''
FBI director faces GOP questions over Clinton email inquiry

WASHINGTON — House Republicans questioned FBI Director James Comey for nearly five hours on Thursday about his decision not to recommend criminal charges against Hillary Clinton, with several lawmakers suggesting that the bureau had held the former secretary of state to a lower standard than other government employees.

Comey told the House Oversight Committee that his investigators had found no evidence that Clinton or her aides intended to break the law. "We looked at this very hard, and the facts simply were not there," he said. "I know that is frustrating to some people, but it is the right call."

The committee's chairman, Rep. Jason Chaffetz of Utah, said the hearing had raised more questions than it answered. He announced that he would ask the State Department to turn over additional records from Clinton's tenure.

Justice Department officials have said that Attorney General Loretta Lynch will accept the FBI's recommendation.

Rep. Elijah Cummings of Maryland, the top Democrat on the committee, said the hearing was "a colossal waste of taxpayer money."

Clinton's campaign said in a statement that it was glad the matter was resolved. Her spokesman, Brian Fallon, told reporters that Republicans "would rather relitigate this than talk about the issues voters care about."

Investigators identified 110 emails in 52 email chains that contained classified information when they were sent, Comey said. He said Clinton and her aides had been "sloppy, at best" in handling them.

Donald Trump wrote on Twitter that the system was "rigged." A new Fox News poll showed that 56 percent of voters disapprove of the FBI's decision.
''', '''
suggesting || several lawmakers || the bureau had held the former secretary of state to a lower standard than other government employees || anonymous
told || Comey || his investigators had found no evidence that Clinton or her aides intended to break the law || named_person
said || he || "We looked at this very hard, and the facts simply were not there," ## "I know that is frustrating to some people, but it is the right call." || named_person
said || The committee's chairman, Rep. Jason Chaffetz of Utah || the hearing had raised more questions than it answered || named_person
announced || He || he would ask the State Department to turn over additional records from Clinton's tenure || named_person
have said || Justice Department officials || Attorney General Loretta Lynch will accept the FBI's recommendation || anonymous
said || Rep. Elijah Cummings of Maryland, the top Democrat on the committee || the hearing was "a colossal waste of taxpayer money." || named_person
said || Clinton's campaign || it was glad the matter was resolved || named_org
told || Her spokesman, Brian Fallon || Republicans "would rather relitigate this than talk about the issues voters care about." || named_person
said || Comey || Investigators identified 110 emails in 52 email chains that contained classified information when they were sent || named_person
said || He || Clinton and her aides had been "sloppy, at best" in handling them || named_person
wrote || Donald Trump || the system was "rigged." || named_person
showed || A new Fox News poll || 56 percent of voters disapprove of the FBI's decision || document
''')

# ---------------------------------------------------------------- s04
add('s04', '''
Sanders vows to fight on to convention despite delegate math

LOS ANGELES — Sen. Bernie Sanders insisted on Sunday that he would stay in the Democratic race through the party's convention in Philadelphia, even as an Associated Press tally showed Hillary Clinton within a few dozen delegates of clinching the nomination.

"It is going to be a contested convention," the Vermont senator told reporters in Santa Monica. "The superdelegates are going to have to look at which candidate does better against Donald Trump."

Sanders argues that he runs stronger than Clinton in hypothetical matchups with Trump. His campaign manager, Jeff Weaver, has said the campaign will try to persuade superdelegates to switch their support before the convention.

Clinton's aides say privately that they see little chance of that. One senior Clinton adviser said the campaign was already turning its attention to the general election and had begun vetting possible running mates. The adviser requested anonymity to discuss internal strategy.

Clinton struck a conciliatory tone at a rally in Oakland. "Senator Sanders has run an extraordinary campaign, and his supporters are welcome in this party," she said.

Some Sanders supporters remain unconvinced. "I'll vote for Jill Stein before I vote for her," said Maria Ochoa, 24, a graduate student who attended the senator's rally in Santa Monica.

A Field Poll released last week found Clinton leading Sanders by just two percentage points among likely Democratic primary voters in California.

The Los Angeles Times reported Saturday that Gov. Jerry Brown was weighing an endorsement. A spokesman for the governor said Sunday that no decision had been made.
''', '''
vows || Sanders || to fight on to convention despite delegate math || named_person
insisted || Sen. Bernie Sanders || he would stay in the Democratic race through the party's convention in Philadelphia || named_person
showed || an Associated Press tally || Hillary Clinton within a few dozen delegates of clinching the nomination || document
told || the Vermont senator || "It is going to be a contested convention," ## "The superdelegates are going to have to look at which candidate does better against Donald Trump." || named_person
argues || Sanders || he runs stronger than Clinton in hypothetical matchups with Trump || named_person
has said || His campaign manager, Jeff Weaver || the campaign will try to persuade superdelegates to switch their support before the convention || named_person
say || Clinton's aides || they see little chance of that || anonymous
said || One senior Clinton adviser || the campaign was already turning its attention to the general election and had begun vetting possible running mates || anonymous
said || she || "Senator Sanders has run an extraordinary campaign, and his supporters are welcome in this party," || named_person
said || Maria Ochoa, 24, a graduate student who attended the senator's rally in Santa Monica || "I'll vote for Jill Stein before I vote for her," || named_person
found || A Field Poll released last week || Clinton leading Sanders by just two percentage points among likely Democratic primary voters in California || document
reported || The Los Angeles Times || Gov. Jerry Brown was weighing an endorsement || media
said || A spokesman for the governor || no decision had been made || anonymous
''')

# ---------------------------------------------------------------- s05
add('s05', '''
Ryan, Trump meet but stop short of endorsement

WASHINGTON — House Speaker Paul Ryan and Donald Trump pledged to work toward party unity after a closely watched meeting on Capitol Hill on Thursday, but the speaker said he was not yet ready to endorse the presumptive Republican nominee.

In a joint statement, the two men said they had "a great conversation" and had found "many important areas of common ground."

Ryan told reporters afterward that he was "very encouraged" but that real unity would take time. "It's going to take a little time to get there," he said. "We are not going to fake it."

Trump told supporters at a rally in West Virginia that evening that Ryan was "a good man" and that the two would "get along great."

Conservative activists who have backed Trump from the start are growing frustrated with the speaker. Some of them believe that Ryan's hesitation is costing the party valuable time.

A senior House Republican aide said the speaker was under pressure from members on both sides. "Half the conference wants him to endorse tomorrow, and half wants him to never do it," the aide said.

Senate Majority Leader Mitch McConnell told the Associated Press that he expected Ryan to come around "sooner rather than later." McConnell endorsed Trump last week.

Democrats quickly seized on the meeting, releasing a video of Ryan criticizing Trump's proposals over the past six months. "Paul Ryan knows exactly who Donald Trump is," DNC spokesman Mark Paustenbach said.

Politico reported that Trump's campaign had also asked Ryan to keep his role as chairman of the Republican convention in Cleveland.
''', '''
pledged || House Speaker Paul Ryan and Donald Trump || to work toward party unity || named_person
said || the speaker || he was not yet ready to endorse the presumptive Republican nominee || named_person
said || the two men || they had "a great conversation" and had found "many important areas of common ground." || named_person
told || Ryan || he was "very encouraged" but that real unity would take time || named_person
said || he || "It's going to take a little time to get there," ## "We are not going to fake it." || named_person
told || Trump || Ryan was "a good man" and that the two would "get along great." || named_person
believe || Some of them || Ryan's hesitation is costing the party valuable time || anonymous
said || A senior House Republican aide || the speaker was under pressure from members on both sides || anonymous
said || the aide || "Half the conference wants him to endorse tomorrow, and half wants him to never do it," || anonymous
told || Senate Majority Leader Mitch McConnell || he expected Ryan to come around "sooner rather than later." || named_person
said || DNC spokesman Mark Paustenbach || "Paul Ryan knows exactly who Donald Trump is," || named_person
reported || Politico || Trump's campaign had also asked Ryan to keep his role as chairman of the Republican convention in Cleveland || media
''')

# ---------------------------------------------------------------- s06
add('s06', '''
White House says Congress leaving nation exposed on Zika

WASHINGTON — The White House said on Monday that congressional Republicans were leaving the country exposed to the Zika virus, as a $1.1 billion funding package remained stuck in the Senate for a third week.

"Every day that Congress fails to act is another day closer to mosquito season," press secretary Josh Earnest told reporters at the daily briefing. He said the administration had already been forced to shift money set aside for the Ebola response.

Senate Republicans say the holdup is the Democrats' fault. Senate Democrats blocked the package last week over provisions that would limit funding for Planned Parenthood. Senate Majority Leader Mitch McConnell said on the floor Monday that Democrats were "playing politics with a public health emergency."

The Centers for Disease Control and Prevention reported 1,200 cases of Zika in the continental United States as of last week, nearly all of them linked to travel. Officials at the agency have warned that local transmission could begin in Florida and along the Gulf Coast within weeks.

Florida Gov. Rick Scott, a Republican, has broken with his party's leaders on the issue. Scott wrote in a letter to congressional leaders that the state "cannot wait for Washington to finish arguing."

According to a memo circulated among House Democrats, the administration has spent $589 million of repurposed funds so far. The memo said the money would run out by the end of August.

House Speaker Paul Ryan's office did not say when the House would take up the measure.

It was announced late Monday that Obama would meet with health officials on Tuesday to discuss the response.
''', '''
says || White House || Congress leaving nation exposed on Zika || named_org
said || The White House || congressional Republicans were leaving the country exposed to the Zika virus || named_org
told || press secretary Josh Earnest || "Every day that Congress fails to act is another day closer to mosquito season," || named_person
said || He || the administration had already been forced to shift money set aside for the Ebola response || named_person
say || Senate Republicans || the holdup is the Democrats' fault || named_org
said || Senate Majority Leader Mitch McConnell || Democrats were "playing politics with a public health emergency." || named_person
reported || The Centers for Disease Control and Prevention || 1,200 cases of Zika in the continental United States as of last week, nearly all of them linked to travel || named_org
have warned || Officials at the agency || local transmission could begin in Florida and along the Gulf Coast within weeks || anonymous
wrote || Scott || the state "cannot wait for Washington to finish arguing." || named_person
According to || a memo circulated among House Democrats || the administration has spent $589 million of repurposed funds so far || document
said || The memo || the money would run out by the end of August || document
was announced || null || Obama would meet with health officials on Tuesday to discuss the response || unknown
''')

# ---------------------------------------------------------------- s07
add('s07', '''
North Carolina governor digs in on bathroom law as businesses balk

RALEIGH, N.C. — Gov. Pat McCrory said Wednesday that he would not ask lawmakers to repeal the state's new law on transgender bathroom use, despite mounting pressure from corporations and a warning from the Justice Department.

"This is about privacy and common sense," the Republican governor said at a news conference in Raleigh. "I'm not going to be bullied by Washington or by anybody else."

The Justice Department told state officials in a letter this week that the law violates the Civil Rights Act, and it gave them until Monday to respond.

PayPal has already canceled plans for a new operations center in Charlotte, and the company's chief executive, Dan Schulman, said the law "perpetuates discrimination."

Attorney General Roy Cooper, McCrory's Democratic opponent in November, has said his office will not defend the law in court. Cooper told reporters that the governor was "costing North Carolina jobs every single day."

Some Republican legislators privately believe the law has become a political liability, according to a GOP lobbyist who works closely with leadership. But House Speaker Tim Moore said on Tuesday that the chamber had "no appetite" for changes.

A survey by Public Policy Polling released Tuesday found that 45 percent of North Carolina voters support the law and 43 percent oppose it.

The Charlotte Observer reported that at least two more companies were reconsidering expansions in the state. A spokeswoman for McCrory, Laura Kemp, said the report was "pure speculation."

Lt. Gov. Dan Forest, a Republican, said last week that he would "rather lose a few deals than lose our values."
''', '''
said || Gov. Pat McCrory || he would not ask lawmakers to repeal the state's new law on transgender bathroom use || named_person
said || the Republican governor || "This is about privacy and common sense," ## "I'm not going to be bullied by Washington or by anybody else." || named_person
told || The Justice Department || the law violates the Civil Rights Act || named_org
said || the company's chief executive, Dan Schulman || the law "perpetuates discrimination." || named_person
has said || Attorney General Roy Cooper, McCrory's Democratic opponent in November || his office will not defend the law in court || named_person
told || Cooper || the governor was "costing North Carolina jobs every single day." || named_person
according to || a GOP lobbyist who works closely with leadership || Some Republican legislators privately believe the law has become a political liability || anonymous
said || House Speaker Tim Moore || the chamber had "no appetite" for changes || named_person
found || A survey by Public Policy Polling released Tuesday || 45 percent of North Carolina voters support the law and 43 percent oppose it || document
reported || The Charlotte Observer || at least two more companies were reconsidering expansions in the state || media
said || A spokeswoman for McCrory, Laura Kemp || the report was "pure speculation." || named_person
said || Lt. Gov. Dan Forest, a Republican || he would "rather lose a few deals than lose our values." || named_person
''')

# ---------------------------------------------------------------- s08 (curly quotes from here on)
add('s08', '''
Pence and Kaine spar over Trump’s taxes in lone vice-presidential debate

FARMVILLE, Va. — Sen. Tim Kaine and Gov. Mike Pence clashed repeatedly on Tuesday night over Donald Trump’s tax returns, with the Democrat charging that Trump was hiding something and the Republican insisting that his running mate had done nothing wrong.

“Donald Trump always puts himself first,” Kaine said in his opening answer. “He has not released his taxes because he has something to hide.”

Pence shook his head. “That’s nonsense, senator,” the Indiana governor replied. “Donald Trump has created tens of thousands of jobs.”

The New York Times reported last weekend that Trump had declared a loss of nearly $1 billion in 1995.

Both campaigns said afterward that their man had won. Clinton’s communications director, Jennifer Palmieri, told reporters in the spin room that Pence had spent the night “defending the indefensible.”

Kellyanne Conway, Trump’s campaign manager, said Pence had shown “why Donald Trump chose him.” She added that Kaine had interrupted his opponent more than 70 times.

A CNN/ORC snap poll of debate watchers found that 48 percent thought Pence had won, compared with 42 percent for Kaine.

Trump weighed in on Twitter during the debate, writing that Pence was “doing a great job.”

Some Democrats worried that Kaine had come across as overly aggressive. “He needed to let Pence talk more,” said one Democratic strategist who has advised Clinton in the past.

Kaine told reporters on Wednesday morning that he had “no regrets” about his approach. “My job was to hold Donald Trump accountable,” he said.
''', '''
charging || the Democrat || Trump was hiding something || named_person
insisting || the Republican || his running mate had done nothing wrong || named_person
said || Kaine || “Donald Trump always puts himself first,” ## “He has not released his taxes because he has something to hide.” || named_person
replied || the Indiana governor || “That’s nonsense, senator,” ## “Donald Trump has created tens of thousands of jobs.” || named_person
reported || The New York Times || Trump had declared a loss of nearly $1 billion in 1995 || media
said || Both campaigns || their man had won || named_org
told || Clinton’s communications director, Jennifer Palmieri || Pence had spent the night “defending the indefensible.” || named_person
said || Kellyanne Conway, Trump’s campaign manager || Pence had shown “why Donald Trump chose him.” || named_person
added || She || Kaine had interrupted his opponent more than 70 times || named_person
found || A CNN/ORC snap poll of debate watchers || 48 percent thought Pence had won, compared with 42 percent for Kaine || document
writing || Trump@@Trump weighed in || Pence was “doing a great job.” || named_person
worried || Some Democrats || Kaine had come across as overly aggressive || anonymous
said || one Democratic strategist who has advised Clinton in the past || “He needed to let Pence talk more,” || anonymous
told || Kaine || he had “no regrets” about his approach || named_person
said || he || “My job was to hold Donald Trump accountable,” || named_person
''')

# ---------------------------------------------------------------- s09
add('s09', '''
Cruz courts Wisconsin conservatives as Kasich stays in race

MILWAUKEE — Sen. Ted Cruz told about 800 supporters at a rally here on Saturday that Wisconsin could be “the turning point” in the Republican race.

“A vote for John Kasich is a vote for Donald Trump,” the Texas senator said. “There are only two candidates left who can win this nomination.”

Kasich, the governor of Ohio, has won only his home state but says he will remain in the race until the convention. His chief strategist, John Weaver, said Saturday that Cruz was “in no position to be telling anybody to get out.”

Trump campaigned in Janesville on Saturday and again went after Gov. Scott Walker, who endorsed Cruz last week. Trump said the state’s budget was “a disaster” under Walker.

Walker brushed off the criticism. “I think the voters of Wisconsin know my record,” he said in an interview with WISN radio.

A Marquette Law School poll released on Wednesday showed Cruz leading Trump by 10 points among likely Republican primary voters, with Kasich a distant third.

Cruz aides believe a win in Wisconsin would make it nearly impossible for Trump to reach the 1,237 delegates needed to clinch the nomination before the convention. One aide said the campaign expected to win at least 30 of the state’s 42 delegates. He added that more than 1,000 volunteers were knocking on doors in the Milwaukee suburbs. The aide spoke on condition of anonymity to discuss internal projections.

Politico reported Friday that a super PAC supporting Cruz had reserved $2 million in television time in the state.
''', '''
told || Sen. Ted Cruz || Wisconsin could be “the turning point” in the Republican race || named_person
said || the Texas senator || “A vote for John Kasich is a vote for Donald Trump,” ## “There are only two candidates left who can win this nomination.” || named_person
says || Kasich, the governor of Ohio || he will remain in the race until the convention || named_person
said || His chief strategist, John Weaver || Cruz was “in no position to be telling anybody to get out.” || named_person
said || Trump || the state’s budget was “a disaster” under Walker || named_person
said || he || “I think the voters of Wisconsin know my record,” || named_person
showed || A Marquette Law School poll released on Wednesday || Cruz leading Trump by 10 points among likely Republican primary voters, with Kasich a distant third || document
believe || Cruz aides || a win in Wisconsin would make it nearly impossible for Trump to reach the 1,237 delegates needed to clinch the nomination before the convention || anonymous
said || One aide || the campaign expected to win at least 30 of the state’s 42 delegates || anonymous
added || He || more than 1,000 volunteers were knocking on doors in the Milwaukee suburbs || anonymous
reported || Politico || a super PAC supporting Cruz had reserved $2 million in television time in the state || media
''')

# ---------------------------------------------------------------- s10
add('s10', '''
Hacked emails show Clinton aides debating Wall Street speeches

WASHINGTON — Top aides to Hillary Clinton argued for months over whether she should release transcripts of her paid speeches to Wall Street banks, according to emails released Friday by WikiLeaks.

The messages came from the personal account of John Podesta, the campaign’s chairman, which was hacked earlier this year. In one exchange from January, the campaign’s research director, Evan Marsh, wrote that several passages from the speeches could be “problematic” if made public.

Podesta told reporters on the campaign plane that he would not “confirm or deny” the authenticity of individual emails, and he suggested that the Russian government was behind the hack. “I’m not going to play along with what the Russians are trying to do,” he said.

The Department of Homeland Security and the Office of the Director of National Intelligence said in a joint statement last week that they were “confident” the Russian government had directed recent hacks of American political organizations.

The Trump campaign seized on the emails. “These emails show what we have been saying all along,” Trump’s spokesman Jason Miller said in a statement.

Nick Merrill, a spokesman for Clinton, said the campaign would not “waste time” on documents stolen by a foreign government.

Several Sanders supporters on social media said the emails confirmed their suspicion that Clinton was too close to the financial industry.

WikiLeaks founder Julian Assange has said the group will publish more material before Election Day. The Wall Street Journal reported Saturday that the FBI had opened an inquiry into the hack.
''', '''
show || Hacked emails || Clinton aides debating Wall Street speeches || document
according to || emails released Friday by WikiLeaks || Top aides to Hillary Clinton argued for months over whether she should release transcripts of her paid speeches to Wall Street banks || document
wrote || the campaign’s research director, Evan Marsh || several passages from the speeches could be “problematic” if made public || named_person
told || Podesta || he would not “confirm or deny” the authenticity of individual emails || named_person
suggested || he@@and he suggested || the Russian government was behind the hack || named_person
said || he || “I’m not going to play along with what the Russians are trying to do,” || named_person
said || The Department of Homeland Security and the Office of the Director of National Intelligence || they were “confident” the Russian government had directed recent hacks of American political organizations || named_org
said || Trump’s spokesman Jason Miller || “These emails show what we have been saying all along,” || named_person
said || Nick Merrill, a spokesman for Clinton || the campaign would not “waste time” on documents stolen by a foreign government || named_person
said || Several Sanders supporters on social media || the emails confirmed their suspicion that Clinton was too close to the financial industry || anonymous
has said || WikiLeaks founder Julian Assange || the group will publish more material before Election Day || named_person
reported || The Wall Street Journal || the FBI had opened an inquiry into the hack || media
''')

# ---------------------------------------------------------------- s11
add('s11', '''
Senate leaders near deal to avert shutdown, aides say

WASHINGTON — Senate leaders were closing in on Tuesday on a short-term spending bill that would keep the government open through Dec. 9, according to aides in both parties. A fight over aid for Flint, Mich., remained the main obstacle.

Senate Majority Leader Mitch McConnell said on the floor that he hoped to hold a procedural vote by Wednesday. “We are very close,” the Kentucky Republican said. “I would ask all of our colleagues to be patient for one more day.”

Democrats want the bill to include $220 million to repair Flint’s lead-poisoned water system. Minority Leader Harry Reid said Democrats would not support any measure that “leaves the people of Flint behind,” though he stopped short of threatening to block it.

Republicans argue that Flint money belongs in a separate water resources bill that the House will take up next week. A spokeswoman for Speaker Paul Ryan, AshLee Strong, said the House would “address Flint in the right vehicle.”

The White House has signaled that President Obama would sign a clean bill. Press secretary Josh Earnest said Monday that the administration was “encouraged” by the talks but wanted to see the final text.

Conservatives in the House, meanwhile, have complained that a short-term bill sets up a lame-duck spending fight. Rep. Jim Jordan of Ohio, a founder of the Freedom Caucus, told reporters that his members “are not going to be rushed into a bad deal in December.”

A 2013 report by the Office of Management and Budget estimated that the last shutdown cost the economy about $2 billion in lost productivity.
''', '''
say || aides || Senate leaders near deal to avert shutdown || anonymous
according to || aides in both parties || Senate leaders were closing in on Tuesday on a short-term spending bill that would keep the government open through Dec. 9 || anonymous
said || Senate Majority Leader Mitch McConnell || he hoped to hold a procedural vote by Wednesday || named_person
said || the Kentucky Republican || “We are very close,” ## “I would ask all of our colleagues to be patient for one more day.” || named_person
want || Democrats || the bill to include $220 million to repair Flint’s lead-poisoned water system || named_org
said || Minority Leader Harry Reid || Democrats would not support any measure that “leaves the people of Flint behind,” || named_person
argue || Republicans || Flint money belongs in a separate water resources bill that the House will take up next week || named_org
said || A spokeswoman for Speaker Paul Ryan, AshLee Strong || the House would “address Flint in the right vehicle.” || named_person
has signaled || The White House || President Obama would sign a clean bill || named_org
said || Press secretary Josh Earnest || the administration was “encouraged” by the talks but wanted to see the final text || named_person
have complained || Conservatives in the House || a short-term bill sets up a lame-duck spending fight || anonymous
told || Rep. Jim Jordan of Ohio, a founder of the Freedom Caucus || his members “are not going to be rushed into a bad deal in December.” || named_person
estimated || A 2013 report by the Office of Management and Budget || the last shutdown cost the economy about $2 billion in lost productivity || document
''')

# ---------------------------------------------------------------- s12
add('s12', '''
Trump’s attacks on judge draw rebuke from GOP leaders

SAN DIEGO — Donald Trump renewed his attacks on the federal judge overseeing a fraud lawsuit against Trump University on Friday, telling The Wall Street Journal that the judge had “a serious problem with fairness” because of his Mexican heritage.

The judge, Gonzalo P. Curiel, was born in Indiana. He has not commented on the remarks.

Republican leaders distanced themselves from the comments. House Speaker Paul Ryan said in a radio interview that the remarks were “just plain wrong,” and Senate Majority Leader Mitch McConnell told reporters he found them “deeply unhelpful.”

Sen. Lindsey Graham of South Carolina, a former rival, went further. “There is no defending this, and I am not going to try,” Graham told The New York Times.

Trump’s lawyers in the case want the trial delayed until after the election. In a filing on Thursday, they argued that intense media coverage would make it impossible to seat an impartial jury.

The plaintiffs, a group of former students, say they paid up to $35,000 for seminars that taught them little. Their lawyer, Jason Forge, said in court papers that Trump was trying to “run out the clock.”

Trump campaign chairman Paul Manafort said on Sunday that the candidate’s comments had been “misconstrued” by the media. CNN reported that Trump had told surrogates on a conference call to keep raising the issue.

A Washington Post-ABC News poll conducted last month found that nearly 9 in 10 Hispanic voters had an unfavorable view of Trump.
''', '''
telling || Donald Trump || the judge had “a serious problem with fairness” because of his Mexican heritage || named_person
said || House Speaker Paul Ryan || the remarks were “just plain wrong,” || named_person
told || Senate Majority Leader Mitch McConnell || he found them “deeply unhelpful.” || named_person
told || Graham || “There is no defending this, and I am not going to try,” || named_person
want || Trump’s lawyers in the case || the trial delayed until after the election || anonymous
argued || they || intense media coverage would make it impossible to seat an impartial jury || anonymous
say || The plaintiffs, a group of former students || they paid up to $35,000 for seminars that taught them little || anonymous
said || Their lawyer, Jason Forge || Trump was trying to “run out the clock.” || named_person
said || Trump campaign chairman Paul Manafort || the candidate’s comments had been “misconstrued” by the media || named_person
reported || CNN || Trump had told surrogates on a conference call to keep raising the issue || media
found || A Washington Post-ABC News poll conducted last month || nearly 9 in 10 Hispanic voters had an unfavorable view of Trump || document
''')

# ---------------------------------------------------------------- s13
add('s13', '''
Obama mocks Trump’s ‘rigged’ claims at Miami rally

MIAMI — President Obama told a crowd at Miami Dade College on Thursday that Donald Trump was “trying to make excuses before a single vote has been counted.”

Trump has said repeatedly in recent days that the election is “rigged” and has declined to say whether he would accept the results if he lost.

“You don’t start complaining about the referee before the game even starts,” the president said, drawing laughter. “That’s not what leaders do.”

Election officials in both parties have said there is no evidence of widespread voter fraud. Ohio’s Republican secretary of state, Jon Husted, told CNN on Wednesday that he was “very confident” in the state’s system.

Trump’s running mate, Indiana Gov. Mike Pence, has tried to soften the message. Pence said in an interview on Sunday that the campaign would “respect the will of the voters.”

But Trump’s campaign manager, Kellyanne Conway, appeared to leave the door open on Wednesday, saying Trump would wait to see whether the outcome was “close.”

Democrats worry that Trump’s rhetoric could depress turnout or spark confrontations at polling places. A Politico/Morning Consult poll released this week found that 41 percent of voters believe the election could be “stolen” from Trump.

In Pueblo, Colo., Hillary Clinton said she would not respond to “every conspiracy theory” her opponent comes up with.

A White House official said Obama planned to campaign in at least six more states before Election Day.

He said the president would spend most of that time urging supporters in Florida, North Carolina and Ohio to vote early.
''', '''
told || President Obama || Donald Trump was “trying to make excuses before a single vote has been counted.” || named_person
has said || Trump || the election is “rigged” || named_person
said || the president || “You don’t start complaining about the referee before the game even starts,” ## “That’s not what leaders do.” || named_person
have said || Election officials in both parties || there is no evidence of widespread voter fraud || anonymous
told || Ohio’s Republican secretary of state, Jon Husted || he was “very confident” in the state’s system || named_person
said || Pence || the campaign would “respect the will of the voters.” || named_person
saying || Trump’s campaign manager, Kellyanne Conway || Trump would wait to see whether the outcome was “close.” || named_person
worry || Democrats || Trump’s rhetoric could depress turnout or spark confrontations at polling places || named_org
found || A Politico/Morning Consult poll released this week || 41 percent of voters believe the election could be “stolen” from Trump || document
said || Hillary Clinton || she would not respond to “every conspiracy theory” her opponent comes up with || named_person
said || A White House official || Obama planned to campaign in at least six more states before Election Day || anonymous
said || He || the president would spend most of that time urging supporters in Florida, North Carolina and Ohio to vote early || anonymous
''')

# ---------------------------------------------------------------- s14
add('s14', '''
Virginia court strikes down McAuliffe order restoring felons’ voting rights

RICHMOND, Va. — The Supreme Court of Virginia on Friday struck down Gov. Terry McAuliffe’s executive order restoring voting rights to some 200,000 former felons, ruling 4 to 3 that the governor had exceeded his authority under the state constitution.

“The Governor’s assertion of power is without precedent in the history of the Commonwealth,” Chief Justice Donald W. Lemons wrote for the majority.

McAuliffe, a Democrat and close ally of Hillary Clinton, said he was disappointed by the decision but would move quickly to restore rights individually. “I will sign these orders one by one if I have to,” he told reporters at the Capitol.

The lawsuit was brought by Republican leaders in the General Assembly. House Speaker William J. Howell said in a statement that the ruling was “a victory for the rule of law.”

Republicans have charged that McAuliffe was trying to add voters to the rolls to help Clinton carry Virginia in November. A spokesman for the governor, Brian Coy, said politics had nothing to do with the order.

The Richmond Times-Dispatch reported that about 11,000 people had registered to vote under the order since April. State election officials said those registrations would be canceled within days.

Voting rights advocates said the ruling would disenfranchise thousands of people who had already registered. The American Civil Liberties Union of Virginia said in a statement that it was “deeply disappointed.”

Legal experts believe the governor’s new approach is likely to survive a court challenge.
''', '''
ruling || The Supreme Court of Virginia || the governor had exceeded his authority under the state constitution || named_org
wrote || Chief Justice Donald W. Lemons || “The Governor’s assertion of power is without precedent in the history of the Commonwealth,” || named_person
said || McAuliffe, a Democrat and close ally of Hillary Clinton || he was disappointed by the decision but would move quickly to restore rights individually || named_person
told || he || “I will sign these orders one by one if I have to,” || named_person
said || House Speaker William J. Howell || the ruling was “a victory for the rule of law.” || named_person
have charged || Republicans || McAuliffe was trying to add voters to the rolls to help Clinton carry Virginia in November || named_org
said || A spokesman for the governor, Brian Coy || politics had nothing to do with the order || named_person
reported || The Richmond Times-Dispatch || about 11,000 people had registered to vote under the order since April || media
said || State election officials || those registrations would be canceled within days || anonymous
said || Voting rights advocates || the ruling would disenfranchise thousands of people who had already registered || anonymous
said || The American Civil Liberties Union of Virginia || it was “deeply disappointed.” || named_org
believe || Legal experts || the governor’s new approach is likely to survive a court challenge || anonymous
''')

# ====================================================================== machinery
TYPES = {'named_person', 'named_org', 'media', 'document', 'anonymous', 'unknown'}


def _occurrences(text, s, case=True):
    """Start offsets of whole-word (at the word-character edges) occurrences of s."""
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r'(?<!\w)' + pat
    if s[-1].isalnum():
        pat = pat + r'(?!\w)'
    return [m.start() for m in re.finditer(pat, text, 0 if case else re.I)]


def _with_context(text, spec, doc):
    span, ctx = spec.split('@@')
    cs = _occurrences(text, ctx)
    assert len(cs) == 1, f'{doc}: context {ctx!r} found {len(cs)} times'
    i = ctx.find(span)
    assert i >= 0, f'{doc}: {span!r} not in context {ctx!r}'
    return cs[0] + i, cs[0] + i + len(span)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _dist(a, b):
    if _overlaps(a, b):
        return None
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _nearest(text, spec, targets, avoid, doc, what):
    if '@@' in spec:
        return _with_context(text, spec, doc)
    best = None
    for st in _occurrences(text, spec):
        sp = (st, st + len(spec))
        if any(_overlaps(sp, a) for a in avoid):
            continue
        d = min(_dist(sp, t) for t in targets)
        if best is None or d < best[0]:
            best = (d, sp)
        elif d == best[0]:
            raise AssertionError(f'{doc}: tie for {what} {spec!r}')
    assert best is not None, f'{doc}: {what} {spec!r} not found'
    return best[1]


def _span(text, se):
    s, e = se
    return {'start': s, 'end': e, 'text': text[s:e]}


def parse_article(doc_id, text, ann):
    atts = []
    for line in ann.split('\n'):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(' || ')]
        assert len(parts) == 4, f'{doc_id}: bad line {line!r}'
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f'{doc_id}: bad type {typ}'
        # content
        frags = []
        for f in [x.strip() for x in con_s.split(' ## ')]:
            if '@@' in f:
                frags.append(_with_context(text, f, doc_id))
            else:
                occ = [m.start() for m in re.finditer(re.escape(f), text)]
                assert len(occ) == 1, f'{doc_id}: content {f!r} found {len(occ)} times'
                frags.append((occ[0], occ[0] + len(f)))
        frags.sort()
        cue = _nearest(text, cue_s, frags, frags, doc_id, 'cue')
        if src_s == 'null':
            src = None
            assert typ == 'unknown'
        else:
            src = _nearest(text, src_s, [cue], frags + [cue], doc_id, 'source')
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content['fragments'] = [list(f) for f in frags]
            for f in frags:
                assert not _overlaps(f, cue)
        rec = {'cue': _span(text, cue),
               'source': _span(text, src) if src else None,
               'content': content,
               'source_type': typ}
        # span checks
        assert rec['cue']['text'] == (cue_s.split('@@')[0])
        if src:
            assert rec['source']['text'] == src_s.split('@@')[0]
        for (s, e), f in zip(frags, sorted(frags), strict=True):
            assert text[s:e] == text[f[0]:f[1]]
        for k in ('cue', 'source', 'content'):
            sp = rec[k]
            if sp:
                assert text[sp['start']:sp['end']] == sp['text']
                assert sp['text'] == sp['text'].strip(), f'{doc_id}: whitespace at edge of {k}'
        c = rec['content']['text']
        assert not c.startswith('that '), f'{doc_id}: leading that: {c!r}'
        assert not c.endswith('.') or c.endswith('."') or c.endswith('.”'), f'{doc_id}: final period {c!r}'
        atts.append(rec)
    atts.sort(key=lambda a: a['cue']['start'])
    return atts


def check_text(doc_id, text):
    n = int(doc_id[1:])
    lines = text.split('\n')
    assert lines[0].strip() and lines[1] == '', f'{doc_id}: headline + blank line'
    for p in text.split('\n\n'):
        assert p.strip() and '\n' not in p, f'{doc_id}: paragraph layout'
    words = len(text.split())
    assert 250 <= words <= 400, f'{doc_id}: {words} words'
    chars = set(text)
    if n <= 7:
        assert not (chars & CURLY), f'{doc_id}: curly quote in straight-quote half'
        assert '"' in text
    else:
        assert not (chars & STRAIGHT), f'{doc_id}: straight quote in curly-quote half'
        assert '\u201c' in text
    return words


def build():
    out = []
    ids = [a[0] for a in ARTICLES]
    assert ids == [f's{i:02d}' for i in range(1, 15)], ids
    for doc_id, text, ann in ARTICLES:
        check_text(doc_id, text)
        out.append({'doc_id': doc_id, 'text': text, 'split': 'blind',
                    'attributions': parse_article(doc_id, text, ann)})
    return out


def show(recs):
    for r in recs:
        t = r['text']
        print('=' * 30, r['doc_id'], len(t.split()), 'words')
        for a in r['attributions']:
            c, s, k = a['cue'], a['source'], a['content']
            marks = [(c['start'], '[C:'), (c['end'], ']')]
            if s:
                marks += [(s['start'], '[S:'), (s['end'], ']')]
            for fs, fe in k.get('fragments', [[k['start'], k['end']]]):
                marks += [(fs, '{'), (fe, '}')]
            lo = min(m[0] for m in marks) - 15
            hi = max(m[0] for m in marks) + 15
            lo, hi = max(lo, 0), min(hi, len(t))
            buf = ''
            pos = lo
            for off, m in sorted(marks, key=lambda x: (x[0], x[1] in (']', '}'))):
                buf += t[pos:off] + m
                pos = off
            buf += t[pos:hi]
            print(f"- {a['source_type']:12s} {buf!s}".replace('\n', ' / '))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind17.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
