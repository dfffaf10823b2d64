#!/usr/bin/env python3
"""Build ``blind49.jsonl``: the forty-ninth batch of blind test articles (session 17), held out.

12 invented 2016 political news stories of every kind, each with 14-15 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind49/build_blind49.py [--check]`` (``--check``: exit 1 if
blind49.jsonl is stale).

The helper's own notes on the format follow.

Build the blind49 test set: 12 invented 2016-style political news articles
with hand annotations of attributions (PolNeAR-style spans).

Everything here is written from scratch. Offsets are COMPUTED from the text.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (null source).
* CONTENT fragments of a split quote are separated by " ## ".
* Any span may be written "SPAN ~~ CONTEXT": CONTEXT must occur exactly once in
  the text and SPAN is searched inside it (first occurrence within CONTEXT).
* Without a context:
    - a content fragment must occur exactly once in the text;
    - the cue is the word-bounded occurrence nearest to the content (not inside it);
    - the source is the word-bounded occurrence nearest to the cue (not inside
      the cue or the content).
  Ties are errors. Every choice is printed by `python3 build_blind49.py --show`.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind49/blind49.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
STRAIGHT_DOCS = ["p201", "p202", "p203", "p204", "p205", "p206"]
CURLY_DOCS = ["p207", "p208", "p209", "p210", "p211", "p212"]

DATA = r'''
=== DOC p201 ===
Clinton Presses Trump on Trade in Ohio Swing as Polls Tighten

COLUMBUS, Ohio -- Hillary Clinton told a crowd of about 3,000 supporters here on Tuesday that Donald Trump's trade promises were "a con job dressed up as a plan," as both campaigns poured money and staff into a state that neither can afford to lose.

"He talks about bringing back jobs, but his own ties are made in China and his suits are made in Mexico," Clinton said. "You can't trust a man who won't even trust American workers to make his clothes."

The former secretary of state argued that Trump's proposed tariffs would set off a trade war that would hit Ohio farmers first.

Trump's campaign answered within hours. In a statement, spokeswoman Hope Hicks said Clinton had "spent 30 years shipping Ohio jobs overseas" and was "the last person who should lecture anyone about trade."

Speaking to reporters aboard his plane, Trump said he would win Ohio "by a lot." His running mate, Mike Pence, is scheduled to campaign in Dayton on Thursday.

"These polls are rigged, everybody knows it," he said.

The race in Ohio is close. A Quinnipiac University poll released last week showed Clinton with 46 percent support among likely voters and Trump with 44 percent. The gap is within the survey's margin of error.

Democratic strategists in the state worry that Clinton's advantage among suburban women may not offset Trump's strength with working-class white men in the Mahoning Valley, a longtime Democratic stronghold.

"We have to run up the score in Cuyahoga County and hold our losses everywhere else," said a Democratic operative in Cleveland, speaking on condition of anonymity to discuss internal strategy.

Clinton's campaign manager, Robby Mook, told reporters on a conference call Monday that the campaign had opened 60 field offices in Ohio, more than twice as many as Trump.

Republicans counter that field offices matter less than enthusiasm. Ohio Gov. John Kasich, who lost the Republican nomination to Trump and has not endorsed him, did not appear at any event on Tuesday and declined to comment on the race.

The Columbus Dispatch reported Tuesday that the Trump campaign had shifted $2 million in advertising to Ohio from Virginia, where it has trailed badly.

The Trump campaign did not dispute the report. Its Ohio director, Bob Paduchik, said the candidate would hold two more rallies in the state before the end of the month.

At the Clinton rally, Anne Walsh, a retired teacher from Westerville, said she had voted Republican in four of the last five elections but could not bring herself to support Trump.

"I just don't think he has the temperament," she said.
=== ANN ===
told || Hillary Clinton || Donald Trump's trade promises were "a con job dressed up as a plan," || named_person
said || Clinton || "He talks about bringing back jobs, but his own ties are made in China and his suits are made in Mexico," ## "You can't trust a man who won't even trust American workers to make his clothes." || named_person
argued || The former secretary of state || Trump's proposed tariffs would set off a trade war that would hit Ohio farmers first || named_person
said || spokeswoman Hope Hicks || Clinton had "spent 30 years shipping Ohio jobs overseas" and was "the last person who should lecture anyone about trade." || named_person
said || Trump ~~ plane, Trump said || he would win Ohio "by a lot." || named_person
said || he || "These polls are rigged, everybody knows it," || named_person
showed || A Quinnipiac University poll released last week || Clinton with 46 percent support among likely voters and Trump with 44 percent || document
worry || Democratic strategists in the state || Clinton's advantage among suburban women may not offset Trump's strength with working-class white men in the Mahoning Valley, a longtime Democratic stronghold || anonymous
said || a Democratic operative in Cleveland || "We have to run up the score in Cuyahoga County and hold our losses everywhere else," || anonymous
told || Clinton's campaign manager, Robby Mook || the campaign had opened 60 field offices in Ohio, more than twice as many as Trump || named_person
counter || Republicans || field offices matter less than enthusiasm || named_org
reported || The Columbus Dispatch || the Trump campaign had shifted $2 million in advertising to Ohio from Virginia, where it has trailed badly || media
said || Its Ohio director, Bob Paduchik || the candidate would hold two more rallies in the state before the end of the month || named_person
said || Anne Walsh, a retired teacher from Westerville || she had voted Republican in four of the last five elections but could not bring herself to support Trump || named_person
said || she || "I just don't think he has the temperament," || named_person

=== DOC p202 ===
House Passes Zika Bill Along Party Lines, Setting Up Senate Showdown

WASHINGTON -- The House on Thursday approved $1.1 billion to fight the Zika virus, largely along party lines, setting up a confrontation with Senate Democrats over provisions that limit money for Planned Parenthood clinics in Puerto Rico.

Speaker Paul D. Ryan said the bill was "a responsible answer to a public health emergency."

"Every day the Senate waits is another day mosquitoes are spreading this virus," Ryan told reporters at his weekly news conference. "There is no excuse for delay."

House Minority Leader Nancy Pelosi said the measure was "a cynical attack on women's health" and that Democrats would not support it in its current form.

The White House said Wednesday that President Obama would veto the bill if it reached his desk. A statement of administration policy issued by the Office of Management and Budget said the bill "shortchanges the response" by providing less than the $1.9 billion the president requested in February.

In the Senate, Majority Leader Mitch McConnell said he intended to bring the measure to the floor next week.

"Our Democratic friends are going to have to explain why they filibustered money to fight Zika," McConnell said.

But Senate Minority Leader Harry Reid predicted the bill would fail. "This is not a serious bill, and Republicans know it," Reid said in a floor speech.

Several Republican senators from Florida and other Southern states have privately urged leadership to find a compromise, according to two Senate aides familiar with the discussions.

Sen. Marco Rubio of Florida told The Miami Herald that he was "not going to let politics get in the way" of protecting Floridians. Rubio is seeking re-election this year against Rep. Patrick Murphy, a Democrat.

The virus, which is spread mainly by mosquitoes, can cause severe birth defects when pregnant women are infected. The Centers for Disease Control and Prevention reported Friday that 279 pregnant women in the United States and its territories had tested positive for the virus.

Dr. Tom Frieden, the agency's director, has warned that the virus could establish itself in the continental United States this summer, when mosquito populations peak across the Gulf Coast.

Money for the response has been running short since the spring, when the administration shifted nearly $600 million left over from the Ebola outbreak to the Zika effort.

A CNN/ORC poll conducted this month found that 67 percent of Americans believe Congress should approve emergency funding.
=== ANN ===
said || Speaker Paul D. Ryan || the bill was "a responsible answer to a public health emergency." || named_person
told || Ryan || "Every day the Senate waits is another day mosquitoes are spreading this virus," ## "There is no excuse for delay." || named_person
said || House Minority Leader Nancy Pelosi || the measure was "a cynical attack on women's health" and that Democrats would not support it in its current form || named_person
said || The White House || President Obama would veto the bill if it reached his desk || named_org
said || A statement of administration policy issued by the Office of Management and Budget || the bill "shortchanges the response" by providing less than the $1.9 billion the president requested in February || document
said || Majority Leader Mitch McConnell || he intended to bring the measure to the floor next week || named_person
said || McConnell || "Our Democratic friends are going to have to explain why they filibustered money to fight Zika," || named_person
predicted || Senate Minority Leader Harry Reid || the bill would fail || named_person
said || Reid || "This is not a serious bill, and Republicans know it," || named_person
according to || two Senate aides familiar with the discussions || Several Republican senators from Florida and other Southern states have privately urged leadership to find a compromise || anonymous
told || Sen. Marco Rubio of Florida || he was "not going to let politics get in the way" of protecting Floridians || named_person
reported || The Centers for Disease Control and Prevention || 279 pregnant women in the United States and its territories had tested positive for the virus || named_org
has warned || Dr. Tom Frieden, the agency's director || the virus could establish itself in the continental United States this summer, when mosquito populations peak across the Gulf Coast || named_person
found || A CNN/ORC poll conducted this month || 67 percent of Americans believe Congress should approve emergency funding || document

=== DOC p203 ===
Grassley Holds Firm Against Hearing for Garland as Democrats Step Up Pressure

WASHINGTON -- Senator Charles E. Grassley of Iowa, the Republican chairman of the Judiciary Committee, said on Tuesday that his panel would not hold hearings on Judge Merrick B. Garland's nomination to the Supreme Court before the November election.

"The American people should have a voice in the selection of the next justice," Mr. Grassley said in a statement. "That is a principle, not a tactic."

The announcement came a day after Judge Garland, the chief judge of the United States Court of Appeals for the District of Columbia Circuit, met privately with two Republican senators. Afterward, Senator Susan Collins of Maine told reporters that Judge Garland was "thoughtful and extraordinarily well qualified."

Ms. Collins has said the Senate should hold hearings. Only a handful of her Republican colleagues have joined her.

The White House has made the confirmation fight a centerpiece of President Obama's final year. Josh Earnest, the White House press secretary, told reporters that Republicans were "putting partisan politics ahead of their constitutional duty."

Last month, President Obama argued in a speech at the University of Chicago Law School that a prolonged vacancy would leave the court deadlocked on major cases. In March, the eight justices split 4 to 4 in a case involving public-sector unions, leaving a lower-court ruling in place.

Conservative groups have rallied behind Mr. Grassley. The Judicial Crisis Network, a conservative advocacy group, said in a news release that Judge Garland's record showed he would be "a reliable vote for the liberal wing of the court."

Democrats believe the standoff could help them win back the Senate. A Fox News poll released last week found that 62 percent of registered voters said the Senate should hold hearings on the nomination.

Senator Patrick J. Leahy of Vermont, the committee's senior Democrat, said in a floor speech that Republicans were engaged in "a historic act of obstruction."

In Iowa, where Mr. Grassley is seeking a seventh term, his Democratic opponent, former Lt. Gov. Patty Judge, has made the issue central to her campaign.

"Chuck Grassley is not doing his job," Ms. Judge said at a campaign stop in Des Moines on Monday.

Aides to Mr. Grassley say he is unconcerned. A spokeswoman for the senator, Karen Ostrander, said his internal polling showed him leading comfortably.

An independent poll by The Des Moines Register published in May showed Mr. Grassley ahead by seven percentage points.
=== ANN ===
said || Senator Charles E. Grassley of Iowa, the Republican chairman of the Judiciary Committee || his panel would not hold hearings on Judge Merrick B. Garland's nomination to the Supreme Court before the November election || named_person
said || Mr. Grassley || "The American people should have a voice in the selection of the next justice," ## "That is a principle, not a tactic." || named_person
told || Senator Susan Collins of Maine || Judge Garland was "thoughtful and extraordinarily well qualified." || named_person
has said || Ms. Collins || the Senate should hold hearings ~~ Collins has said the Senate should hold hearings. || named_person
told || Josh Earnest, the White House press secretary || Republicans were "putting partisan politics ahead of their constitutional duty." || named_person
argued || President Obama ~~ Last month, President Obama argued || a prolonged vacancy would leave the court deadlocked on major cases || named_person
said || The Judicial Crisis Network, a conservative advocacy group || Judge Garland's record showed he would be "a reliable vote for the liberal wing of the court." || named_org
believe || Democrats ~~ Democrats believe || the standoff could help them win back the Senate || named_org
found || A Fox News poll released last week || 62 percent of registered voters said the Senate should hold hearings on the nomination || document
said || Senator Patrick J. Leahy of Vermont, the committee's senior Democrat || Republicans were engaged in "a historic act of obstruction." || named_person
said || Ms. Judge || "Chuck Grassley is not doing his job," || named_person
say || Aides to Mr. Grassley || he is unconcerned || anonymous
said || A spokeswoman for the senator, Karen Ostrander || his internal polling showed him leading comfortably || named_person
showed || An independent poll by The Des Moines Register published in May || Mr. Grassley ahead by seven percentage points || document

=== DOC p204 ===
McCrory Stands by Bathroom Law as Businesses Weigh Exit From North Carolina

RALEIGH, N.C. -- Gov. Pat McCrory said on Monday that opponents of the state's new law on restroom use had "deliberately misrepresented" what it does.

"This is about privacy and common sense in our bathrooms and locker rooms," the Republican governor told a gathering of sheriffs in Raleigh. "It is not about discrimination."

The law, known as House Bill 2, requires people in government buildings and public schools to use the restroom that matches the sex on their birth certificate. It also blocks cities from passing their own anti-discrimination ordinances.

PayPal announced last week that it had canceled plans to open a global operations center in Charlotte that would have employed 400 people.

"We cannot in good conscience grow in a state that writes discrimination into law," the company's chief executive, Dan Schulman, said in a statement.

Attorney General Roy Cooper, a Democrat who is challenging Mr. McCrory in November, has said his office will not defend the law in court.

"It is a national embarrassment," Mr. Cooper said during a campaign stop in Greensboro on Sunday.

The U.S. Justice Department is reviewing whether the law violates federal civil rights statutes, according to a department official who was not authorized to discuss the matter publicly.

Republican legislative leaders have shown no sign of retreating. House Speaker Tim Moore said lawmakers had no plans to revisit the measure when they return for a short session in April.

Phil Berger, the leader of the State Senate, was more blunt. "The governor signed a good bill, and we are not going to let out-of-state corporations bully us," he said.

Polling suggests the public is divided. An Elon University poll taken this month found that 49 percent of North Carolina voters opposed the law and 41 percent supported it.

Some of the governor's allies worry the issue could hurt him in a close race. One Republican consultant in Charlotte said the party's candidates were "spending every day answering questions about bathrooms instead of jobs."

The Charlotte Observer reported on Sunday that at least three conventions had canceled bookings in the city since the law was signed.

A spokesman for the governor, Josh Ellis, said those figures were exaggerated.
=== ANN ===
said || Gov. Pat McCrory || opponents of the state's new law on restroom use had "deliberately misrepresented" what it does || named_person
told || the Republican governor || "This is about privacy and common sense in our bathrooms and locker rooms," ## "It is not about discrimination." || named_person
announced || PayPal || it had canceled plans to open a global operations center in Charlotte that would have employed 400 people || named_org
said || the company's chief executive, Dan Schulman || "We cannot in good conscience grow in a state that writes discrimination into law," || named_person
has said || Attorney General Roy Cooper, a Democrat who is challenging Mr. McCrory in November || his office will not defend the law in court || named_person
said || Mr. Cooper || "It is a national embarrassment," || named_person
according to || a department official who was not authorized to discuss the matter publicly || The U.S. Justice Department is reviewing whether the law violates federal civil rights statutes || anonymous
said || House Speaker Tim Moore || lawmakers had no plans to revisit the measure when they return for a short session in April || named_person
said || he || "The governor signed a good bill, and we are not going to let out-of-state corporations bully us," || named_person
suggests || Polling || the public is divided || document
found || An Elon University poll taken this month || 49 percent of North Carolina voters opposed the law and 41 percent supported it || document
worry || Some of the governor's allies || the issue could hurt him in a close race || anonymous
said || One Republican consultant in Charlotte || the party's candidates were "spending every day answering questions about bathrooms instead of jobs." || anonymous
reported || The Charlotte Observer || at least three conventions had canceled bookings in the city since the law was signed || media
said || A spokesman for the governor, Josh Ellis || those figures were exaggerated || named_person

=== DOC p205 ===
Syria Truce Frays as Russia Steps Up Airstrikes Near Aleppo

GENEVA -- Secretary of State John Kerry warned on Thursday that the partial cease-fire in Syria was "in serious jeopardy." The warning followed a week of Russian and Syrian government airstrikes around the northern city of Aleppo.

"If the regime and its backers continue down this path, there will be nothing left to negotiate," Mr. Kerry told reporters after meeting with the United Nations special envoy, Staffan de Mistura. "We are not going to pretend otherwise."

In a statement posted on its website, Russia's Foreign Ministry said its aircraft were striking only "terrorist groups" not covered by the truce. Moscow has said that the cessation of hostilities does not apply to the Nusra Front, Al Qaeda's affiliate in Syria.

The Syrian Observatory for Human Rights, a monitoring group based in Britain, said at least 130 civilians had been killed in Aleppo province since Saturday.

Two senior administration officials, speaking on condition of anonymity to discuss intelligence assessments, said many of the strikes had hit areas controlled by moderate rebel groups backed by the United States.

At the Pentagon, spokesman Peter Cook said the United States had "no plans" to change its military posture in Syria.

Senator John McCain, the Arizona Republican who leads the Armed Services Committee, said the administration had been "played for fools" by President Vladimir V. Putin.

"This was a Russian trick from the start, and everyone in this town knew it," Mr. McCain said.

Diplomats in Geneva said the talks between the Syrian government and the opposition, already stalled, were unlikely to resume before next month.

The main opposition bloc, the High Negotiations Committee, announced on Monday that it was suspending its participation. Reuters reported that the group's leaders had met with Saudi officials in Riyadh over the weekend to discuss the decision.

The humanitarian toll continues to mount. A United Nations report released Wednesday estimated that four million Syrians now live in areas that aid agencies cannot reach regularly.

Mr. de Mistura struck a similar note to Mr. Kerry's. "We are at a very dangerous moment," he told reporters late Thursday.

The cease-fire, brokered by the United States and Russia in February, had initially reduced violence across much of western Syria, allowing aid convoys to reach several besieged towns for the first time in months.
=== ANN ===
warned || Secretary of State John Kerry || the partial cease-fire in Syria was "in serious jeopardy." || named_person
told || Mr. Kerry || "If the regime and its backers continue down this path, there will be nothing left to negotiate," ## "We are not going to pretend otherwise." || named_person
said || Russia's Foreign Ministry || its aircraft were striking only "terrorist groups" not covered by the truce || named_org
has said || Moscow || the cessation of hostilities does not apply to the Nusra Front, Al Qaeda's affiliate in Syria || named_org
said || The Syrian Observatory for Human Rights, a monitoring group based in Britain || at least 130 civilians had been killed in Aleppo province since Saturday || named_org
said || Two senior administration officials || many of the strikes had hit areas controlled by moderate rebel groups backed by the United States || anonymous
said || spokesman Peter Cook || the United States had "no plans" to change its military posture in Syria || named_person
said || Senator John McCain, the Arizona Republican who leads the Armed Services Committee || the administration had been "played for fools" by President Vladimir V. Putin || named_person
said || Mr. McCain || "This was a Russian trick from the start, and everyone in this town knew it," || named_person
said || Diplomats in Geneva || the talks between the Syrian government and the opposition, already stalled, were unlikely to resume before next month || anonymous
announced || The main opposition bloc, the High Negotiations Committee || it was suspending its participation || named_org
reported || Reuters || the group's leaders had met with Saudi officials in Riyadh over the weekend to discuss the decision || media
estimated || A United Nations report released Wednesday || four million Syrians now live in areas that aid agencies cannot reach regularly || document
told || he || "We are at a very dangerous moment," || named_person

=== DOC p206 ===
Clinton Holds Narrow Edge in Pennsylvania as Trump Gains With Working-Class Voters

PHILADELPHIA -- Hillary Clinton leads Donald J. Trump by four percentage points among likely voters in Pennsylvania, a new Franklin & Marshall College poll shows.

The survey found that Mr. Trump has made significant gains among white voters without college degrees, who favor him by a margin of 24 points, up from 11 points in June.

"The movement among working-class whites is real, and it's concentrated in the western part of the state," said G. Terry Madonna, the poll's director. "But Clinton is holding up very well in the Philadelphia suburbs, and that's where elections in Pennsylvania are decided."

Mrs. Clinton leads among college-educated white women by 21 points, according to the poll. It surveyed 712 likely voters and has a margin of error of plus or minus 4.5 percentage points.

A Monmouth University poll released last week showed Mrs. Clinton ahead by five points. A Quinnipiac University poll found the race essentially tied.

The Trump campaign sees Pennsylvania as central to its path to 270 electoral votes. "We're going to win Pennsylvania, and it's not going to be close," Mr. Trump told a rally in Erie on Friday night.

He has claimed that the only way he can lose the state is if Democrats cheat in Philadelphia, an assertion for which there is no evidence.

Pennsylvania's secretary of the commonwealth, Pedro Cortés, said the state's elections were "secure and well run" and that such claims undermined public confidence.

No Republican presidential candidate has carried Pennsylvania since 1988. Clinton aides say they have registered more than 100,000 new voters in the state since the spring.

The Clinton campaign's Pennsylvania director, Corey Dukes, said the campaign had 48 offices open across the state.

Republican officials in the state concede that Mr. Trump's organization lags far behind. "The ground game just isn't there," said one Republican county chairman in suburban Philadelphia who spoke on the condition that he not be named.

Mr. Trump's state director, David Urban, said the campaign had "thousands of volunteers" knocking on doors every weekend.
=== ANN ===
shows || a new Franklin & Marshall College poll || Hillary Clinton leads Donald J. Trump by four percentage points among likely voters in Pennsylvania || document
found || The survey || Mr. Trump has made significant gains among white voters without college degrees, who favor him by a margin of 24 points, up from 11 points in June || document
said || G. Terry Madonna, the poll's director || "The movement among working-class whites is real, and it's concentrated in the western part of the state," ## "But Clinton is holding up very well in the Philadelphia suburbs, and that's where elections in Pennsylvania are decided." || named_person
according to || the poll || Mrs. Clinton leads among college-educated white women by 21 points || document
showed || A Monmouth University poll released last week || Mrs. Clinton ahead by five points || document
found || A Quinnipiac University poll || the race essentially tied || document
sees || The Trump campaign || Pennsylvania as central to its path to 270 electoral votes || named_org
told || Mr. Trump ~~ close," Mr. Trump told || "We're going to win Pennsylvania, and it's not going to be close," || named_person
has claimed || He || the only way he can lose the state is if Democrats cheat in Philadelphia || named_person
said || Pennsylvania's secretary of the commonwealth, Pedro Cortés || the state's elections were "secure and well run" and that such claims undermined public confidence || named_person
say || Clinton aides || they have registered more than 100,000 new voters in the state since the spring || anonymous
said || The Clinton campaign's Pennsylvania director, Corey Dukes || the campaign had 48 offices open across the state || named_person
concede || Republican officials in the state || Mr. Trump's organization lags far behind || anonymous
said || one Republican county chairman in suburban Philadelphia who spoke on the condition that he not be named || "The ground game just isn't there," || anonymous
said || Mr. Trump's state director, David Urban || the campaign had "thousands of volunteers" knocking on doors every weekend || named_person

=== DOC p207 ===
Comey Defends F.B.I. Handling of Clinton Email Inquiry Before House Panel

WASHINGTON — James B. Comey, the director of the F.B.I., told a House committee on Thursday that no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server while she was secretary of state.

“We did it the right way, and I stand by it,” Mr. Comey said. “There was no cover-up and no deal.”

The committee’s chairman, Jason Chaffetz of Utah, said Mrs. Clinton had received “special treatment” from the bureau.

“If your name were not Clinton, you would be in handcuffs,” said Representative Trey Gowdy of South Carolina.

Representative Elijah E. Cummings of Maryland, the ranking Democrat, said the hearing was “a taxpayer-funded campaign event” meant to damage Mrs. Clinton.

Earlier this month, Mr. Comey said Mrs. Clinton and her aides had been “extremely careless” in handling classified information. Republicans have seized on that finding in speeches and advertisements.

The Clinton campaign has said the matter is closed. Brian Fallon, a campaign spokesman, said in a statement that Mr. Comey’s testimony “puts to rest any notion that this was anything other than a mistake.”

“The system is rigged,” Donald J. Trump, the presumptive Republican nominee, wrote on Twitter. “Crooked Hillary gets off free!”

Mr. Comey, a Republican who served in the Justice Department under President George W. Bush, said he had not discussed the case with anyone at the White House.

Attorney General Loretta E. Lynch announced last week that she would accept the bureau’s recommendation not to bring charges. Ms. Lynch faced criticism after she met privately with former President Bill Clinton aboard a plane in Phoenix in late June.

Some F.B.I. agents were frustrated by the decision, according to a former senior bureau official who remains in contact with agents in the Washington field office.

The Washington Post reported on Wednesday that the State Department would reopen its own internal review of how classified material was handled by Mrs. Clinton’s staff.

A State Department spokesman, John Kirby, said the review would be “thorough and professional.”

Mr. Chaffetz said after the hearing that he would ask the Justice Department to investigate whether Mrs. Clinton had lied to Congress.
=== ANN ===
told || James B. Comey, the director of the F.B.I. || no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server while she was secretary of state || named_person
said || Mr. Comey || “We did it the right way, and I stand by it,” ## “There was no cover-up and no deal.” || named_person
said || The committee’s chairman, Jason Chaffetz of Utah || Mrs. Clinton had received “special treatment” from the bureau || named_person
said || Representative Trey Gowdy of South Carolina || “If your name were not Clinton, you would be in handcuffs,” || named_person
said || Representative Elijah E. Cummings of Maryland, the ranking Democrat || the hearing was “a taxpayer-funded campaign event” meant to damage Mrs. Clinton || named_person
said || Mr. Comey ~~ Earlier this month, Mr. Comey said || Mrs. Clinton and her aides had been “extremely careless” in handling classified information || named_person
has said || The Clinton campaign || the matter is closed || named_org
said || Brian Fallon, a campaign spokesman || Mr. Comey’s testimony “puts to rest any notion that this was anything other than a mistake.” || named_person
wrote || Donald J. Trump, the presumptive Republican nominee || “The system is rigged,” ## “Crooked Hillary gets off free!” || named_person
said || Mr. Comey, a Republican who served in the Justice Department under President George W. Bush || he had not discussed the case with anyone at the White House || named_person
announced || Attorney General Loretta E. Lynch || she would accept the bureau’s recommendation not to bring charges || named_person
according to || a former senior bureau official who remains in contact with agents in the Washington field office || Some F.B.I. agents were frustrated by the decision || anonymous
reported || The Washington Post || the State Department would reopen its own internal review of how classified material was handled by Mrs. Clinton’s staff || media
said || A State Department spokesman, John Kirby || the review would be “thorough and professional.” || named_person
said || Mr. Chaffetz || he would ask the Justice Department to investigate whether Mrs. Clinton had lied to Congress || named_person

=== DOC p208 ===
Cruz Withholds Endorsement of Trump, Drawing Boos at Convention

CLEVELAND — Senator Ted Cruz of Texas did not endorse Donald J. Trump in his prime-time speech at the Republican National Convention on Wednesday night, and delegates on the floor responded with loud boos.

“Stand and speak and vote your conscience,” Mr. Cruz told the crowd. “Vote for candidates up and down the ticket who you trust to defend our freedom.”

Mr. Trump entered the arena near the end of the speech and watched from a box. Afterward, he wrote on Twitter that Mr. Cruz had broken his pledge to support the party’s nominee.

“Wow, Ted Cruz got booed off the stage, didn’t honor the pledge!” the message said.

Reince Priebus, the chairman of the Republican National Committee, told reporters that he was “disappointed” and that Mr. Cruz had “made a choice he will have to live with.”

Some delegates from Texas said the reaction was unfair. “He didn’t say anything bad about Trump,” said Jeanette Moore, a delegate from Houston. “He just told people to follow their conscience. What’s wrong with that?”

Heidi Cruz, the senator’s wife, was escorted from the hall by security after being heckled by Trump supporters, according to a Cruz aide.

Mr. Trump’s campaign manager, Paul Manafort, said the episode would be forgotten by Thursday, when Mr. Trump delivers his acceptance speech.

“Tomorrow is about Donald Trump and the future of this country,” Mr. Manafort said. “Nobody is going to remember what Ted Cruz said.”

But several Republican senators said privately that the speech had deepened divisions that the convention was meant to heal.

Gov. Mike Pence of Indiana, Mr. Trump’s running mate, spoke later in the evening. “I’m a Christian, a conservative and a Republican, in that order,” Mr. Pence said.

The Cruz campaign’s former communications director, Rick Tyler, told MSNBC that the senator’s team had given Mr. Trump’s campaign a copy of the speech days in advance. Two Trump campaign officials said the campaign had received the text only on Wednesday afternoon.

A CBS News poll of Republican voters conducted last month found that 35 percent would prefer someone other than Mr. Trump as the nominee.

Politico reported on Thursday that Mr. Cruz was already meeting with donors about a possible 2020 campaign.
=== ANN ===
told || Mr. Cruz || “Stand and speak and vote your conscience,” ## “Vote for candidates up and down the ticket who you trust to defend our freedom.” || named_person
wrote || he ~~ Afterward, he wrote || Mr. Cruz had broken his pledge to support the party’s nominee || named_person
said || the message || “Wow, Ted Cruz got booed off the stage, didn’t honor the pledge!” || document
told || Reince Priebus, the chairman of the Republican National Committee || he was “disappointed” and that Mr. Cruz had “made a choice he will have to live with.” || named_person
said || Some delegates from Texas || the reaction was unfair || anonymous
said || Jeanette Moore, a delegate from Houston || “He didn’t say anything bad about Trump,” ## “He just told people to follow their conscience. What’s wrong with that?” || named_person
according to || a Cruz aide || Heidi Cruz, the senator’s wife, was escorted from the hall by security after being heckled by Trump supporters || anonymous
said || Mr. Trump’s campaign manager, Paul Manafort || the episode would be forgotten by Thursday, when Mr. Trump delivers his acceptance speech || named_person
said || Mr. Manafort || “Tomorrow is about Donald Trump and the future of this country,” ## “Nobody is going to remember what Ted Cruz said.” || named_person
said || several Republican senators || the speech had deepened divisions that the convention was meant to heal || anonymous
said || Mr. Pence || “I’m a Christian, a conservative and a Republican, in that order,” || named_person
told || The Cruz campaign’s former communications director, Rick Tyler || the senator’s team had given Mr. Trump’s campaign a copy of the speech days in advance || named_person
said || Two Trump campaign officials || the campaign had received the text only on Wednesday afternoon || anonymous
found || A CBS News poll of Republican voters conducted last month || 35 percent would prefer someone other than Mr. Trump as the nominee || document
reported || Politico || Mr. Cruz was already meeting with donors about a possible 2020 campaign || media

=== DOC p209 ===
White House Plays Down Health Premium Increases as Republicans Pounce

WASHINGTON — The White House on Tuesday sought to play down a report from the Department of Health and Human Services showing that premiums for many plans sold under the Affordable Care Act will rise sharply next year, arguing that most consumers will be shielded by federal subsidies.

The report found that premiums for a benchmark plan would increase by an average of 25 percent in the 38 states that use the federal marketplace, HealthCare.gov.

“The vast majority of people will be able to find a plan for less than $75 a month,” Josh Earnest, the White House press secretary, told reporters at his daily briefing. “That’s the number that matters.”

Mr. Earnest said President Obama remained confident that the law was working and that Congress could fix its problems “if Republicans are willing to come to the table.”

Speaker Paul D. Ryan said in a statement that the increases proved the law was “collapsing under its own weight.”

At a rally in Sanford, Fla., Donald J. Trump told supporters that he would ask Congress to repeal the law in a special session.

“Obamacare is finished,” he said. “It’s over.”

Hillary Clinton said in a statement that the report underscored the need for more competition, including a government-run “public option.”

Insurers have been pulling out of many marketplaces. Aetna announced in August that it would withdraw from all but four of the 15 states where it sold exchange plans.

Analysts at the Kaiser Family Foundation, a nonpartisan research group, said the increases reflected insurers’ efforts to adjust to a sicker-than-expected pool of customers.

Administration officials acknowledge privately that the timing could hardly be worse. Open enrollment begins Nov. 1, a week before Election Day.

“It’s not a great headline for us,” one senior administration official said, speaking on the condition of anonymity to discuss internal deliberations. “But people are going to look at their actual bills, and most of them will be fine.”

A Gallup survey released last week found that 51 percent of Americans disapproved of the health law.

Mr. Obama will address the issue in a speech in Miami on Thursday, aides said.
=== ANN ===
showing || a report from the Department of Health and Human Services || premiums for many plans sold under the Affordable Care Act will rise sharply next year || document
arguing || The White House || most consumers will be shielded by federal subsidies || named_org
found || The report || premiums for a benchmark plan would increase by an average of 25 percent in the 38 states that use the federal marketplace, HealthCare.gov || document
told || Josh Earnest, the White House press secretary || “The vast majority of people will be able to find a plan for less than $75 a month,” ## “That’s the number that matters.” || named_person
said || Mr. Earnest || President Obama remained confident that the law was working and that Congress could fix its problems “if Republicans are willing to come to the table.” || named_person
said || Speaker Paul D. Ryan || the increases proved the law was “collapsing under its own weight.” || named_person
told || Donald J. Trump || he would ask Congress to repeal the law in a special session || named_person
said || he || “Obamacare is finished,” ## “It’s over.” || named_person
said || Hillary Clinton || the report underscored the need for more competition, including a government-run “public option.” || named_person
announced || Aetna || it would withdraw from all but four of the 15 states where it sold exchange plans || named_org
said || Analysts at the Kaiser Family Foundation, a nonpartisan research group || the increases reflected insurers’ efforts to adjust to a sicker-than-expected pool of customers || anonymous
acknowledge || Administration officials || the timing could hardly be worse || anonymous
said || one senior administration official || “It’s not a great headline for us,” ## “But people are going to look at their actual bills, and most of them will be fine.” || anonymous
found || A Gallup survey released last week || 51 percent of Americans disapproved of the health law || document
said || aides || Mr. Obama will address the issue in a speech in Miami on Thursday || anonymous

=== DOC p210 ===
Kaine and Pence Trade Sharp Attacks in Only Vice-Presidential Debate

FARMVILLE, Va. — Senator Tim Kaine of Virginia and Gov. Mike Pence of Indiana clashed repeatedly on Tuesday night in their only debate, with Mr. Kaine pressing his rival again and again over Donald J. Trump’s remarks about women, immigrants and Russia.

“I cannot imagine how Governor Pence can defend the insult-driven, selfish, me-first style of Donald Trump,” Mr. Kaine said in the first minutes of the debate.

Mr. Pence said the Clinton campaign had run “an insult-driven campaign” of its own.

“Senator, you and Hillary Clinton would know a lot about an insult-driven campaign,” he said.

The two men sparred over the economy, Syria and police shootings. Mr. Kaine said Mr. Trump had praised President Vladimir V. Putin of Russia as a better leader than President Obama. Mr. Pence said the claim was “nonsense.”

A CNN/ORC poll of debate watchers conducted immediately afterward found that 48 percent thought Mr. Pence had won, compared with 42 percent who said Mr. Kaine had.

Several Republican strategists said Mr. Pence had done more to reassure nervous conservatives than Mr. Trump had in months.

“He was the adult in the room,” said Kellyanne Conway, Mr. Trump’s campaign manager, in the spin room after the debate.

Democrats argued that Mr. Pence had avoided defending his running mate. “He spent ninety minutes pretending Donald Trump doesn’t exist,” the Clinton campaign chairman, John D. Podesta, said in a statement.

Mr. Trump followed the debate from his hotel in Las Vegas. “Mike Pence is doing a great job — so far, no contest!” he wrote on Twitter.

The Washington Post reported that Mr. Pence had denied at least six statements that Mr. Trump had in fact made during the campaign.

The moderator, Elaine Quijano of CBS News, struggled at times to keep the candidates within their time limits.

At a bar near the campus of Longwood University, where the debate was held, about 40 people watched on two large screens. “Pence sounded more reasonable than Trump ever has,” said Mark Holloway, a retired engineer and an independent.

Before the debate, aides to Mr. Kaine said he had spent several days studying Mr. Trump’s past statements with a former prosecutor playing Mr. Pence.

According to Mr. Pence’s spokesman, Marc Lotter, the governor prepared with Gov. Scott Walker of Wisconsin standing in for Mr. Kaine.
=== ANN ===
said || Mr. Kaine || “I cannot imagine how Governor Pence can defend the insult-driven, selfish, me-first style of Donald Trump,” || named_person
said || Mr. Pence || the Clinton campaign had run “an insult-driven campaign” of its own || named_person
said || he || “Senator, you and Hillary Clinton would know a lot about an insult-driven campaign,” || named_person
said || Mr. Kaine ~~ Mr. Kaine said Mr. Trump || Mr. Trump had praised President Vladimir V. Putin of Russia as a better leader than President Obama || named_person
said || Mr. Pence ~~ Mr. Pence said the claim || the claim was “nonsense.” || named_person
found || A CNN/ORC poll of debate watchers conducted immediately afterward || 48 percent thought Mr. Pence had won, compared with 42 percent who said Mr. Kaine had || document
said || Several Republican strategists || Mr. Pence had done more to reassure nervous conservatives than Mr. Trump had in months || anonymous
said || Kellyanne Conway, Mr. Trump’s campaign manager || “He was the adult in the room,” || named_person
argued || Democrats || Mr. Pence had avoided defending his running mate || named_org
said || the Clinton campaign chairman, John D. Podesta || “He spent ninety minutes pretending Donald Trump doesn’t exist,” || named_person
wrote || he || “Mike Pence is doing a great job — so far, no contest!” || named_person
reported || The Washington Post || Mr. Pence had denied at least six statements that Mr. Trump had in fact made during the campaign || media
said || Mark Holloway, a retired engineer and an independent || “Pence sounded more reasonable than Trump ever has,” || named_person
said || aides to Mr. Kaine || he had spent several days studying Mr. Trump’s past statements with a former prosecutor playing Mr. Pence || anonymous
According to || Mr. Pence’s spokesman, Marc Lotter || the governor prepared with Gov. Scott Walker of Wisconsin standing in for Mr. Kaine || named_person

=== DOC p211 ===
Trump Campaign Shakes Up Leadership Amid Slide in Polls

NEW YORK — Donald J. Trump overhauled his campaign leadership on Wednesday, naming Stephen K. Bannon, the chairman of the conservative website Breitbart News, as chief executive and promoting the pollster Kellyanne Conway to campaign manager.

It was announced early Wednesday that Paul Manafort, the campaign chairman, would remain in his post.

“I want to win,” Mr. Trump told The Associated Press in an interview. “That’s why I’m doing it. I’ve known Steve and Kellyanne for a long time. They are extremely capable.”

The shake-up followed weeks of turmoil. Several Republicans close to the campaign said Mr. Trump had grown frustrated with advisers who urged him to stick to prepared remarks and to stop attacking members of his own party.

Mr. Trump believes he was more successful in the primaries when he was “allowed to be myself,” according to one adviser who speaks with him regularly.

The New York Times reported on Tuesday that the campaign’s internal polling showed Mr. Trump trailing in several states that Republicans have carried for decades, including Georgia and Arizona.

Mr. Bannon, a former Goldman Sachs banker and Navy officer, has never run a political campaign. Under his leadership, Breitbart’s traffic has grown sharply.

“Steve is a killer,” said one longtime Trump friend who has discussed the campaign with him. “He’s going to let Trump be Trump.”

Ms. Conway said in an interview on Fox News that the candidate would begin delivering more policy speeches and would still “be himself.”

Hillary Clinton’s campaign manager, Robby Mook, said the changes showed that “the alt-right has now taken over the Trump campaign.”

Some Republican donors have grown uneasy. One major fund-raiser in Texas said he had stopped returning calls from the campaign’s finance team.

Senator Lindsey Graham of South Carolina, a frequent critic of Mr. Trump, told CNN that the changes were “like rearranging the deck chairs.”

Reince Priebus, the party chairman, said in a statement that the Republican National Committee “fully supports” the new team.

A Monmouth University survey released Monday found Mrs. Clinton ahead by seven percentage points nationally.

Mr. Manafort has said he did nothing improper in his past work for a pro-Russian political party in Ukraine.

On Wednesday, a campaign spokeswoman, Hope Hicks, said Mr. Manafort was not being pushed aside. “Paul is a key part of the team,” she said.
=== ANN ===
was announced || - || Paul Manafort, the campaign chairman, would remain in his post || unknown
told || Mr. Trump ~~ Mr. Trump told The || “I want to win,” ## “That’s why I’m doing it. I’ve known Steve and Kellyanne for a long time. They are extremely capable.” || named_person
said || Several Republicans close to the campaign || Mr. Trump had grown frustrated with advisers who urged him to stick to prepared remarks and to stop attacking members of his own party || anonymous
according to || one adviser who speaks with him regularly || Mr. Trump believes he was more successful in the primaries when he was “allowed to be myself,” || anonymous
reported || The New York Times || the campaign’s internal polling showed Mr. Trump trailing in several states that Republicans have carried for decades, including Georgia and Arizona || media
said || one longtime Trump friend who has discussed the campaign with him || “Steve is a killer,” ## “He’s going to let Trump be Trump.” || anonymous
said || Ms. Conway || the candidate would begin delivering more policy speeches and would still “be himself.” || named_person
said || Hillary Clinton’s campaign manager, Robby Mook || the changes showed that “the alt-right has now taken over the Trump campaign.” || named_person
said || One major fund-raiser in Texas || he had stopped returning calls from the campaign’s finance team || anonymous
told || Senator Lindsey Graham of South Carolina, a frequent critic of Mr. Trump || the changes were “like rearranging the deck chairs.” || named_person
said || Reince Priebus, the party chairman || the Republican National Committee “fully supports” the new team || named_person
found || A Monmouth University survey released Monday || Mrs. Clinton ahead by seven percentage points nationally || document
has said || Mr. Manafort ~~ Mr. Manafort has said || he did nothing improper in his past work for a pro-Russian political party in Ukraine || named_person
said || a campaign spokeswoman, Hope Hicks || Mr. Manafort was not being pushed aside || named_person
said || she || “Paul is a key part of the team,” || named_person

=== DOC p212 ===
Appeals Court Strikes Down Key Parts of Texas Voter ID Law

NEW ORLEANS — A federal appeals court ruled on Wednesday that Texas’s strict voter identification law discriminates against black and Hispanic voters. The decision requires the state to make changes to the law before the November election.

In a 9-to-6 decision, the full United States Court of Appeals for the Fifth Circuit found that the law, passed in 2011, had a “discriminatory effect” in violation of the Voting Rights Act.

“The State has failed to show that the law’s burdens are justified,” Judge Catharina Haynes wrote for the majority.

In a dissent, Judge Edith H. Jones argued that the majority had “substituted its own policy preferences” for those of the Texas Legislature.

Attorney General Ken Paxton of Texas said the state would appeal to the Supreme Court.

“Safeguarding the integrity of our elections is essential,” Mr. Paxton said in a statement. “Today’s ruling undermines that goal.”

Gov. Greg Abbott, a Republican, wrote on Twitter that the law was needed to prevent fraud.

Lawyers for the plaintiffs said more than 600,000 registered voters in Texas lacked the forms of identification the law requires.

“This is a victory for every Texan who has been turned away from the polls,” said Sherrilyn Ifill, president of the NAACP Legal Defense and Educational Fund.

The Justice Department said in a statement that it was “pleased” with the ruling.

Under the law, voters must show one of seven forms of photo identification, including a driver’s license, a passport or a concealed handgun license. Student identification cards are not accepted.

Republican lawmakers in Texas have argued that the law prevents voter impersonation. But a review by the state’s own election officials found only two convictions for in-person voter fraud in Texas over a decade, according to court filings.

The New York Times reported last month that Texas had spent less than $2.5 million on a public education campaign ordered by a lower court. State officials said the campaign would be expanded before November.

Experts said the ruling could influence similar cases in North Carolina, Wisconsin and North Dakota.
=== ANN ===
ruled || A federal appeals court || Texas’s strict voter identification law discriminates against black and Hispanic voters || named_org
found || the full United States Court of Appeals for the Fifth Circuit || the law, passed in 2011, had a “discriminatory effect” in violation of the Voting Rights Act || named_org
wrote || Judge Catharina Haynes || “The State has failed to show that the law’s burdens are justified,” || named_person
argued || Judge Edith H. Jones || the majority had “substituted its own policy preferences” for those of the Texas Legislature || named_person
said || Attorney General Ken Paxton of Texas || the state would appeal to the Supreme Court || named_person
said || Mr. Paxton || “Safeguarding the integrity of our elections is essential,” ## “Today’s ruling undermines that goal.” || named_person
wrote || Gov. Greg Abbott, a Republican || the law was needed to prevent fraud || named_person
said || Lawyers for the plaintiffs || more than 600,000 registered voters in Texas lacked the forms of identification the law requires || anonymous
said || Sherrilyn Ifill, president of the NAACP Legal Defense and Educational Fund || “This is a victory for every Texan who has been turned away from the polls,” || named_person
said || The Justice Department || it was “pleased” with the ruling || named_org
have argued || Republican lawmakers in Texas || the law prevents voter impersonation || anonymous
according to || court filings || a review by the state’s own election officials found only two convictions for in-person voter fraud in Texas over a decade || document
reported || The New York Times || Texas had spent less than $2.5 million on a public education campaign ordered by a lower court || media
said || State officials || the campaign would be expanded before November || anonymous
said || Experts || the ruling could influence similar cases in North Carolina, Wisconsin and North Dakota || anonymous
'''


def parse_data():
    docs = []
    blocks = re.split(r"^=== DOC (p\d+) ===\n", DATA, flags=re.M)
    assert blocks[0].strip() == ""
    for i in range(1, len(blocks), 2):
        doc_id, body = blocks[i], blocks[i + 1]
        text, ann = body.split("=== ANN ===\n")
        text = text.strip("\n")
        lines = [x for x in ann.split("\n") if x.strip()]
        docs.append((doc_id, text, lines))
    return docs


def split_ctx(field):
    if " ~~ " in field:
        span, ctx = field.split(" ~~ ")
        return span.strip(), ctx.strip()
    return field.strip(), None


def all_occ(text, s):
    """Word-bounded occurrences of s in text."""
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def locate_ctx(text, span, ctx):
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, ("context not unique", ctx, len(occ))
    k = ctx.find(span)
    assert k >= 0, ("span not in context", span, ctx)
    s = occ[0] + k
    return (s, s + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dist(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def nearest(text, span, anchors, exclude, what):
    occ = [o for o in all_occ(text, span) if not any(overlaps(o, e) for e in exclude)]
    assert occ, (what, "not found", span)
    scored = sorted((min(dist(o, a) for a in anchors), o) for o in occ)
    if len(scored) > 1:
        assert scored[0][0] != scored[1][0], (what, "tie", span, scored[:2])
    return scored[0][1]


def mk(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def build_doc(doc_id, text, lines):
    atts = []
    for line in lines:
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content
        frags = []
        for fr in con_f.split(" ## "):
            sp, ctx = split_ctx(fr)
            if ctx:
                frags.append(locate_ctx(text, sp, ctx))
            else:
                occ = [m.start() for m in re.finditer(re.escape(sp), text)]
                assert len(occ) == 1, (doc_id, "content not unique/absent", sp, len(occ))
                frags.append((occ[0], occ[0] + len(sp)))
        frags.sort()
        # cue
        sp, ctx = split_ctx(cue_f)
        cue = locate_ctx(text, sp, ctx) if ctx else nearest(text, sp, frags, frags, doc_id + " cue")
        assert not any(overlaps(cue, f) for f in frags), (doc_id, "cue inside content", line)
        # source
        src = None
        if src_f != "-":
            sp, ctx = split_ctx(src_f)
            if ctx:
                src = locate_ctx(text, sp, ctx)
            else:
                src = nearest(text, sp, [cue], frags + [cue], doc_id + " source")
            assert not overlaps(src, cue) and not any(overlaps(src, f) for f in frags), (doc_id, line)
        else:
            assert typ == "unknown"
        content = mk(text, frags[0][0], frags[-1][1])
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        att = {
            "cue": mk(text, *cue),
            "source": mk(text, *src) if src else None,
            "content": content,
            "source_type": typ,
        }
        atts.append(att)
    # checks
    for a in atts:
        for key in ("cue", "source", "content"):
            sp = a[key]
            if sp is None:
                continue
            assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, key)
            assert sp["text"] == sp["text"].strip(), (doc_id, key, sp["text"])
        c = a["content"]["text"]
        assert not c.lower().startswith("that "), (doc_id, c)
        if c[-1] in ".,;:":
            raise AssertionError((doc_id, "content ends with bare punctuation", c))
        for s, e in a["content"].get("fragments", []):
            assert text[s:e] == text[s:e].strip()
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [a["cue"]["start"] for a in atts]
    assert len(set(cues)) == len(cues), (doc_id, "duplicate cue")
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def build():
    recs = []
    for doc_id, text, lines in parse_data():
        rec = build_doc(doc_id, text, lines)
        # format checks
        head, sep, rest = text.partition("\n\n")
        assert sep and "\n" not in head, doc_id
        n_words = len(text.split())
        assert 300 <= n_words <= 500, (doc_id, n_words)
        assert 10 <= len(rec["attributions"]) <= 18, (doc_id, len(rec["attributions"]))
        curly = set("\u201c\u201d\u2018\u2019")
        if doc_id in STRAIGHT_DOCS:
            assert not (curly & set(text)), (doc_id, "curly quote in straight half")
            assert '"' in text
        else:
            assert doc_id in CURLY_DOCS
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
            assert "\u201c" in text and "\u2019" in text
        recs.append(rec)
    assert [r["doc_id"] for r in recs] == STRAIGHT_DOCS + CURLY_DOCS
    return recs


def show(recs):
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            c, s, k = a["cue"], a["source"], a["content"]
            lo = min(c["start"], k["start"], s["start"] if s else 10**9)
            hi = max(c["end"], k["end"], s["end"] if s else 0)
            marks = [(c["start"], "<C>"), (c["end"], "</C>"), (k["start"], "[["), (k["end"], "]]")]
            if s:
                marks += [(s["start"], "{"), (s["end"], "}")]
            for fs, _fe in k.get("fragments", [])[1:]:
                marks += [(fs, "[["), ]
            for _fs, fe in k.get("fragments", [])[:-1]:
                marks += [(fe, "]]")]
            out = t[lo:hi]
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                out = out[: pos - lo] + m + out[pos - lo:]
            print("-", a["source_type"], "|", out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind49.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
