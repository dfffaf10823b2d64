#!/usr/bin/env python3
"""Build ``blind15.jsonl``: the fifteenth batch of blind test articles (session 15).

8 invented long (781-965 words) 2016 political news stories of 22 to 26 sources each, with pronoun
chains and quotes across paragraphs, written and annotated by a helper session that never read
claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind15/build_blind15.py [--check] [--review]`` (``--check``: exit 1
if blind15.jsonl is stale; ``--review``: print every attribution in context).

All articles were written from scratch for this set; events and quotes are invented.
Articles q01-q04 use straight quotes, q05-q08 curly quotes (asserted below).

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE is "-" for no source.
  * CONTENT fragments (split quotes) are separated by " ~~ ".
  * Any span may be written "SPAN @@ CONTEXT": CONTEXT must occur exactly once in the
    article and contain SPAN exactly once; the span is taken from inside it.
  * Without a context: the content (first fragment) must occur exactly once in the
    article; later fragments are the first occurrence after the previous fragment;
    the cue is the occurrence nearest to the content (ties are an error); the source
    is the occurrence nearest to the cue (ties are an error). Matching respects
    word boundaries, so "he" never matches inside "the".
Offsets are computed, never typed; every span is checked with text[start:end] == span.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

# ---------------------------------------------------------------------------
T01 = """\
Clinton Bets Big on Philadelphia Suburbs as Trump Courts the Rust Belt

MEDIA, Pa. -- On a cold Saturday morning in Delaware County, about two hundred volunteers crowded into a converted carpet store to collect clipboards, walk lists and boxes of doughnuts. By noon they had fanned out across a string of brick-lined suburbs. Hillary Clinton's campaign believes those towns will decide not only Pennsylvania but the presidency.

"This is where the election is won or lost," Robby Mook, Mrs. Clinton's campaign manager, told reporters on a conference call on Friday. "If we run up the margins in the collar counties, there is no path for Donald Trump in Pennsylvania, and without Pennsylvania there is no path for him at all."

Mr. Mook said the campaign had more than 40 field offices in the state, nearly twice as many as the Trump operation, and that volunteers had knocked on 1.2 million doors in the past month alone.

The Philadelphia Inquirer reported on Sunday that the Trump campaign had closed two of its offices in the Philadelphia suburbs this month to shift staff to the western part of the state.

The Trump campaign disputed those figures. Jason Miller, a spokesman for Mr. Trump, said in an email that the Republican nominee's "movement" did not depend on storefronts. "Hillary Clinton can rent all the carpet stores she wants," he wrote. "The people of western Pennsylvania know who is fighting for their jobs."

Pennsylvania has not voted for a Republican presidential candidate since 1988, when George H.W. Bush carried the state. But Mr. Trump's advisers have argued for months that his message on trade and manufacturing could peel away enough white working-class Democrats in places like Luzerne and Westmoreland counties to overcome Mrs. Clinton's strength around Philadelphia.

Mr. Trump has campaigned in the state more than a dozen times. At an airport hangar outside Johnstown on Thursday night, he told a crowd of several thousand that the state had been "stripped bare" by trade deals signed by Mrs. Clinton's husband and that the only way he could lose Pennsylvania was "if they cheat."

"We're going to win Pennsylvania big," Mr. Trump said. "Bigger than anybody thinks."

Public surveys suggest Mr. Trump's task will be difficult. A Franklin & Marshall College poll released on Wednesday showed Mrs. Clinton leading Mr. Trump by 11 percentage points among likely voters statewide, and by more than 30 points in the four suburban counties around Philadelphia. A Monmouth University survey released last week found a narrower race, with Mrs. Clinton ahead by six.

Republican officials in the state say those numbers understate Mr. Trump's support among voters who rarely answer pollsters' calls. "There's a hidden vote out there, and I'm seeing it every day," said Frank Tolliver, the Republican chairman in Chester County. "People don't put signs on their lawns because they don't want their neighbors to know. But they'll vote."

Gov. Tom Wolf, a Democrat, campaigned with Mrs. Clinton's running mate, Senator Tim Kaine, in Scranton on Friday. He said the Republican nominee had "insulted just about everybody in this state who works for a living." Mr. Wolf predicted that Mrs. Clinton would carry Pennsylvania by "a comfortable margin," though he declined to put a number on it.

The fight over the suburbs has also drawn in outside groups. Priorities USA Action, the main "super PAC" supporting Mrs. Clinton, said on Thursday that it would spend an additional $4 million on television advertising in the Philadelphia market through Election Day. A spokesman for the group, Justin Barasky, said the ads would focus on Mr. Trump's comments about women.

On the other side, the Republican National Committee has sent dozens of paid staff members into the state. According to an internal R.N.C. memo described to reporters, the party has identified roughly 300,000 "low-propensity" voters in western and central Pennsylvania who it believes favor Mr. Trump.

The party's chairman, Reince Priebus, told reporters in Harrisburg on Tuesday that the committee's data operation was "light years" ahead of where it had been in 2012. "We learned our lessons," he said. "We are not going to get outworked on the ground again."

Inside the Clinton campaign, some aides worry that turnout in Philadelphia itself could fall short of the record numbers black voters posted for President Obama in 2008 and 2012. One Democratic strategist who has advised the campaign, speaking on condition of anonymity to discuss internal planning, said the campaign's models assumed black turnout would fall "a few points" from 2012 levels. "If it falls more than that, it gets uncomfortable," the strategist said.

To address that concern, the campaign has dispatched its most popular surrogates to the city. Michelle Obama is scheduled to appear at a rally near Temple University next week, and President Obama held an event there in September. Bernie Sanders, the Vermont senator who lost the primary to Mrs. Clinton, will visit college campuses in State College and Pittsburgh.

At the carpet store in Media, the volunteers paid little attention to the polls. Denise Kowalski, a retired schoolteacher from Springfield, said she had never worked on a campaign before this year. "I kept waiting for somebody else to do something about him," she said of Mr. Trump. "Then I realized that somebody was me."

Her neighbor Tom Brennan, a registered Republican, voted for Mitt Romney four years ago. He said he would probably vote for Mrs. Clinton this time but had not ruled out writing in another name.

"I just want it to be over," Mr. Brennan said.
"""

A01 = """\
believes || Hillary Clinton's campaign || those towns will decide not only Pennsylvania but the presidency || named_org
told || Robby Mook, Mrs. Clinton's campaign manager || "This is where the election is won or lost," ~~ "If we run up the margins in the collar counties, there is no path for Donald Trump in Pennsylvania, and without Pennsylvania there is no path for him at all." || named_person
said || Mr. Mook || the campaign had more than 40 field offices in the state, nearly twice as many as the Trump operation, and that volunteers had knocked on 1.2 million doors in the past month alone || named_person
disputed || The Trump campaign || those figures || named_org
reported || The Philadelphia Inquirer || the Trump campaign had closed two of its offices in the Philadelphia suburbs this month to shift staff to the western part of the state || media
said || Jason Miller, a spokesman for Mr. Trump || the Republican nominee's "movement" did not depend on storefronts || named_person
wrote || he || "Hillary Clinton can rent all the carpet stores she wants," ~~ "The people of western Pennsylvania know who is fighting for their jobs." || named_person
have argued || Mr. Trump's advisers || his message on trade and manufacturing could peel away enough white working-class Democrats in places like Luzerne and Westmoreland counties to overcome Mrs. Clinton's strength around Philadelphia || anonymous
told || he || the state had been "stripped bare" by trade deals signed by Mrs. Clinton's husband and that the only way he could lose Pennsylvania was "if they cheat." || named_person
said || Mr. Trump || "We're going to win Pennsylvania big," ~~ "Bigger than anybody thinks." || named_person
suggest || Public surveys || Mr. Trump's task will be difficult || document
showed || A Franklin & Marshall College poll released on Wednesday || Mrs. Clinton leading Mr. Trump by 11 percentage points among likely voters statewide, and by more than 30 points in the four suburban counties around Philadelphia || document
found || A Monmouth University survey released last week || a narrower race, with Mrs. Clinton ahead by six || document
say || Republican officials in the state || those numbers understate Mr. Trump's support among voters who rarely answer pollsters' calls || anonymous
said || Frank Tolliver, the Republican chairman in Chester County || "There's a hidden vote out there, and I'm seeing it every day," ~~ "People don't put signs on their lawns because they don't want their neighbors to know. But they'll vote." || named_person
said || He || the Republican nominee had "insulted just about everybody in this state who works for a living." || named_person
predicted || Mr. Wolf || Mrs. Clinton would carry Pennsylvania by "a comfortable margin," || named_person
said || Priorities USA Action, the main "super PAC" supporting Mrs. Clinton || it would spend an additional $4 million on television advertising in the Philadelphia market through Election Day || named_org
said || A spokesman for the group, Justin Barasky || the ads would focus on Mr. Trump's comments about women || named_person
According to || an internal R.N.C. memo described to reporters || the party has identified roughly 300,000 "low-propensity" voters in western and central Pennsylvania who it believes favor Mr. Trump || document
told || The party's chairman, Reince Priebus || the committee's data operation was "light years" ahead of where it had been in 2012 || named_person
said || he || "We learned our lessons," ~~ "We are not going to get outworked on the ground again." || named_person
worry || some aides || turnout in Philadelphia itself could fall short of the record numbers black voters posted for President Obama in 2008 and 2012 || anonymous
said || One Democratic strategist who has advised the campaign || the campaign's models assumed black turnout would fall "a few points" from 2012 levels || anonymous
said || the strategist || "If it falls more than that, it gets uncomfortable," || anonymous
said || Denise Kowalski, a retired schoolteacher from Springfield || she had never worked on a campaign before this year || named_person
said || she || "I kept waiting for somebody else to do something about him," ~~ "Then I realized that somebody was me." || named_person
said || He || he would probably vote for Mrs. Clinton this time but had not ruled out writing in another name || named_person
said || Mr. Brennan || "I just want it to be over," || named_person
"""

# ---------------------------------------------------------------------------
T02 = """\
McConnell Holds Firm on Garland as Pressure Builds on Vulnerable Republicans

WASHINGTON -- A week after President Obama nominated Judge Merrick B. Garland to the Supreme Court, the Senate's Republican leader made clear on Tuesday that nothing about the judge's record or the White House's lobbying would change his mind.

"The American people are in the middle of choosing the next president, and they deserve a voice in this decision," Senator Mitch McConnell of Kentucky said on the Senate floor. "This is about a principle, not a person."

Mr. McConnell repeated his vow that the Judiciary Committee would hold no hearings and the full Senate would take no vote on Judge Garland. He also said he would not meet with the nominee. "It would be a waste of the judge's time," he said.

Judge Garland, 63, has served for nearly two decades on the United States Court of Appeals for the District of Columbia Circuit, much of that time as its chief judge. The White House has spent the past week trying to chip away at the Republican wall. The president's chief of staff, Denis McDonough, has called Republican senators individually, and Judge Garland has begun a round of courtesy visits with Democrats and with the handful of Republicans willing to see him.

Josh Earnest, the White House press secretary, told reporters on Tuesday that Mr. McConnell's position was "unprecedented" and that the Kentucky Republican was "hiding behind a principle he invented five weeks ago." Mr. Earnest said the administration expected public pressure to build as senators returned home for the Easter recess.

"Every senator is going to have to explain to their constituents why they are refusing to do their job," he said.

The pressure has produced some cracks. Senator Susan Collins of Maine said on Monday that she would meet with Judge Garland and that the Senate should hold hearings. It was announced late Tuesday that the two would meet next week in her Capitol office. Senator Mark S. Kirk of Illinois went further, saying the Senate should vote on the nomination. Mr. Kirk faces a difficult re-election race in a state Mr. Obama carried twice.

"I was elected to vote, not to hide," Mr. Kirk told a radio station in Chicago.

But Republican leaders and aides said they did not expect significant defections. Only a handful of the 54 Republican senators have said they would even meet with the nominee, and aides to Mr. McConnell said the leader had secured the backing of every Republican member of the Judiciary Committee. Politico reported on Monday that at least two other Republican senators were uneasy with the blockade.

Senator Charles E. Grassley of Iowa, the committee's chairman, has been the target of a $1 million advertising campaign by liberal groups in his home state. He has not wavered. In a statement on Tuesday, Mr. Grassley said the committee would "respect the will of the people" and wait for the next president to make a nomination.

"This isn't about Judge Garland," the senator said. "I've said that from the beginning, and I'll say it again.

"The Senate is within its rights, and we're exercising them."

Democrats have seized on the issue as a way to energize their voters in a year when control of the Senate is at stake. Senator Harry Reid of Nevada, the minority leader, said Republicans were "rolling over for Donald Trump" by leaving the seat open for the next president. Mr. Reid said the Republican blockade was "a gift" to Democratic candidates in Ohio, Pennsylvania, New Hampshire and Wisconsin.

The fight is also playing out on the airwaves. The Judicial Crisis Network, a conservative group, has begun running television advertisements in several states in support of the Republican position. One of the ads says Judge Garland would "tip the balance of the court" on gun rights. The group's chief counsel, Carrie Severino, said it planned to spend at least $2 million.

Public opinion is on the Democrats' side, at least for now. A CNN/ORC poll released this week found that 57 percent of Americans believed the Senate should hold hearings on Judge Garland's nomination, compared with 40 percent who said it should not. The poll found that even a third of Republicans wanted hearings.

Some Republican strategists worry that the standoff could hurt the party's senators in swing states, particularly if Hillary Clinton wins the White House and nominates a more liberal justice in January. "We're risking a better outcome for a worse one," said one Republican strategist who works on Senate races, who asked not to be named because he was criticizing party leaders.

Mr. McConnell was unmoved on Tuesday. Asked by a reporter whether he would reconsider if Mrs. Clinton won in November, he said the question was "hypothetical," and that the Senate's position would not change.

Judge Garland, for his part, has kept a low profile. He spent Tuesday afternoon in the office of Senator Patrick J. Leahy of Vermont, the committee's senior Democrat. Mr. Leahy later told reporters that the judge was "as qualified as anyone who has ever been nominated."

Asked about the Republican holdouts, Mr. Leahy smiled. "They'll come around," he said. "Or they'll hear about it at home."
"""

A02 = """\
made clear || the Senate's Republican leader || nothing about the judge's record or the White House's lobbying would change his mind || named_person
said || Senator Mitch McConnell of Kentucky || "The American people are in the middle of choosing the next president, and they deserve a voice in this decision," ~~ "This is about a principle, not a person." || named_person
repeated his vow || Mr. McConnell || the Judiciary Committee would hold no hearings and the full Senate would take no vote on Judge Garland || named_person
said || He || he would not meet with the nominee || named_person
said || he || "It would be a waste of the judge's time," || named_person
told || Josh Earnest, the White House press secretary || Mr. McConnell's position was "unprecedented" and that the Kentucky Republican was "hiding behind a principle he invented five weeks ago." || named_person
said || Mr. Earnest || the administration expected public pressure to build as senators returned home for the Easter recess || named_person
said || he || "Every senator is going to have to explain to their constituents why they are refusing to do their job," || named_person
said || Senator Susan Collins of Maine || she would meet with Judge Garland and that the Senate should hold hearings || named_person
was announced || - || the two would meet next week in her Capitol office || unknown
saying || Senator Mark S. Kirk of Illinois || the Senate should vote on the nomination || named_person
told || Mr. Kirk || "I was elected to vote, not to hide," || named_person
said || Republican leaders and aides || they did not expect significant defections || anonymous
have said || Only a handful of the 54 Republican senators || they would even meet with the nominee || anonymous
said || aides to Mr. McConnell || the leader had secured the backing of every Republican member of the Judiciary Committee || anonymous
reported || Politico || at least two other Republican senators were uneasy with the blockade || media
said || Mr. Grassley || the committee would "respect the will of the people" and wait for the next president to make a nomination || named_person
said || the senator || "This isn't about Judge Garland," ~~ "I've said that from the beginning, and I'll say it again.\\n\\n"The Senate is within its rights, and we're exercising them." || named_person
said || Senator Harry Reid of Nevada, the minority leader || Republicans were "rolling over for Donald Trump" by leaving the seat open for the next president || named_person
said || Mr. Reid || the Republican blockade was "a gift" to Democratic candidates in Ohio, Pennsylvania, New Hampshire and Wisconsin || named_person
says || One of the ads || Judge Garland would "tip the balance of the court" on gun rights || document
said || The group's chief counsel, Carrie Severino || it planned to spend at least $2 million || named_person
found || A CNN/ORC poll released this week || 57 percent of Americans believed the Senate should hold hearings on Judge Garland's nomination, compared with 40 percent who said it should not || document
found || The poll || even a third of Republicans wanted hearings || document
worry || Some Republican strategists || the standoff could hurt the party's senators in swing states, particularly if Hillary Clinton wins the White House and nominates a more liberal justice in January || anonymous
said || one Republican strategist who works on Senate races || "We're risking a better outcome for a worse one," || anonymous
said || he || the question was "hypothetical," and that the Senate's position would not change || named_person
told || Mr. Leahy || the judge was "as qualified as anyone who has ever been nominated." || named_person
said || he || "They'll come around," ~~ "Or they'll hear about it at home." || named_person
"""

# ---------------------------------------------------------------------------
T03 = """\
As Comey Prepares to Testify, House Republicans Widen Inquiry Into Clinton Emails

WASHINGTON -- House Republicans on Wednesday escalated their scrutiny of the F.B.I.'s decision not to recommend criminal charges against Hillary Clinton, sending a letter to the Justice Department and scheduling a hearing at which the bureau's director, James B. Comey, will appear next week.

The letter was signed by Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee, and three other committee chairmen. It argues that the public "cannot evaluate the director's judgment without seeing the evidence on which it rested."

Mr. Chaffetz told reporters outside the Capitol that Mr. Comey had "set a standard that no ordinary government employee would get the benefit of." He said the committee would also ask the State Department for records related to the private server Mrs. Clinton used while she was secretary of state.

"We're not relitigating anything," Mr. Chaffetz said. "We're asking questions the American people deserve answers to."

Mr. Comey announced in July that the F.B.I. had found no evidence that Mrs. Clinton or her aides intended to break the law, although he said their handling of classified information had been "deeply troubling." The attorney general, Loretta E. Lynch, accepted his recommendation the next day and closed the case.

In a statement on Wednesday, an F.B.I. spokeswoman said the bureau was reviewing the committee's request and would "respond appropriately." She said Mr. Comey "looks forward to the opportunity" to explain the bureau's work.

Mr. Comey is a Republican who served as deputy attorney general under President George W. Bush. He has told associates that he expected criticism from both parties and made his decision knowing that he would receive it, according to two people who have spoken with him in recent weeks. One of them said the director had been "surprised by the intensity" of the Republican reaction but not by its substance.

Democrats said Republicans were trying to keep the email issue alive for political reasons. Representative Elijah E. Cummings of Maryland, the ranking Democrat on the Oversight Committee, called the letter "a fishing expedition dressed up as oversight" and said the committee had already received more than 1,000 pages of documents from the bureau.

"They got their answer, and they didn't like it," Mr. Cummings said. "So now they want a different answer."

The Clinton campaign responded sharply. Brian Fallon, a spokesman for Mrs. Clinton, said House Republicans were "doing the bidding of the Trump campaign" and noted that Mr. Comey had testified for nearly five hours before the same committee in July.

"This is a partisan exercise, pure and simple," he said. "Republicans can't win the argument on the merits, so they are trying to drag out an investigation that is over."

Donald J. Trump, the Republican nominee, has made the email case a centerpiece of his campaign, frequently telling crowds that Mrs. Clinton should be in prison. On Wednesday, he wrote on Twitter that "the rigged system" had protected his opponent.

Speaker Paul D. Ryan said in a radio interview that he supported the committee's work. But Mr. Ryan's aides said he had not been consulted about the timing of the letter, and some rank-and-file Republicans questioned whether the inquiry would help the party.

"Every day we spend on emails is a day we're not talking about the economy," said one Republican congressman from a swing district in New York, who spoke on condition of anonymity to avoid angering party leaders.

A report issued in May by the State Department's inspector general found that Mrs. Clinton had not sought approval to use a private server and that department officials would have denied the request had she asked. The report also said several of her senior aides had known of concerns about the arrangement but had not raised them with her.

The Washington Post reported last month that some F.B.I. agents had pushed for a broader investigation of Mrs. Clinton's aides but had been overruled by senior officials. The bureau has not disputed the report.

Mr. Comey is scheduled to testify next Thursday. A law enforcement official said the director intended to defend the decision in detail and would not apologize for it. The official, who was not authorized to discuss the director's plans publicly and spoke on condition of anonymity, said Mr. Comey had spent several weekends preparing.

"He made the call he thought was right," the official said. "He's not going to pretend otherwise."

Ms. Lynch has faced her own criticism for meeting privately with former President Bill Clinton at an airport in Phoenix days before the case was closed. She told a Senate panel last week that she had "no regrets" about accepting the F.B.I.'s recommendation.

For the Clinton campaign, the renewed attention could hardly come at a worse time. Mrs. Clinton's lead in national polls has narrowed since the party conventions, and her campaign had hoped to spend September talking about the economy and Mr. Trump's temperament rather than her emails.

"We have said everything there is to say about this," Mr. Fallon said. "The voters have heard it. They are ready to move on, even if House Republicans are not."
"""

A03 = """\
argues || It || the public "cannot evaluate the director's judgment without seeing the evidence on which it rested." || document
told || Mr. Chaffetz || Mr. Comey had "set a standard that no ordinary government employee would get the benefit of." || named_person
said || He || the committee would also ask the State Department for records related to the private server Mrs. Clinton used while she was secretary of state || named_person
said || Mr. Chaffetz || "We're not relitigating anything," ~~ "We're asking questions the American people deserve answers to." || named_person
announced || Mr. Comey || the F.B.I. had found no evidence that Mrs. Clinton or her aides intended to break the law || named_person
said || he || their handling of classified information had been "deeply troubling." || named_person
said || an F.B.I. spokeswoman || the bureau was reviewing the committee's request and would "respond appropriately." || anonymous
said || She || Mr. Comey "looks forward to the opportunity" to explain the bureau's work || anonymous
according to || two people who have spoken with him in recent weeks || He has told associates that he expected criticism from both parties and made his decision knowing that he would receive it || anonymous
said || One of them || the director had been "surprised by the intensity" of the Republican reaction but not by its substance || anonymous
said || Democrats || Republicans were trying to keep the email issue alive for political reasons || named_org
called || Representative Elijah E. Cummings of Maryland, the ranking Democrat on the Oversight Committee || the letter "a fishing expedition dressed up as oversight" || named_person
said || Representative Elijah E. Cummings of Maryland, the ranking Democrat on the Oversight Committee || the committee had already received more than 1,000 pages of documents from the bureau || named_person
said || Mr. Cummings || "They got their answer, and they didn't like it," ~~ "So now they want a different answer." || named_person
said || Brian Fallon, a spokesman for Mrs. Clinton || House Republicans were "doing the bidding of the Trump campaign" || named_person
noted || Brian Fallon, a spokesman for Mrs. Clinton || Mr. Comey had testified for nearly five hours before the same committee in July || named_person
said || he || "This is a partisan exercise, pure and simple," ~~ "Republicans can't win the argument on the merits, so they are trying to drag out an investigation that is over." || named_person
telling || Donald J. Trump, the Republican nominee || Mrs. Clinton should be in prison || named_person
wrote || he || "the rigged system" had protected his opponent || named_person
said @@ Ryan said in a radio || Speaker Paul D. Ryan || he supported the committee's work || named_person
said || Mr. Ryan's aides || he had not been consulted about the timing of the letter || anonymous
questioned || some rank-and-file Republicans || whether the inquiry would help the party || anonymous
said || one Republican congressman from a swing district in New York || "Every day we spend on emails is a day we're not talking about the economy," || anonymous
found || A report issued in May by the State Department's inspector general || Mrs. Clinton had not sought approval to use a private server and that department officials would have denied the request had she asked || document
said || The report || several of her senior aides had known of concerns about the arrangement but had not raised them with her || document
reported || The Washington Post || some F.B.I. agents had pushed for a broader investigation of Mrs. Clinton's aides but had been overruled by senior officials || media
said || A law enforcement official || the director intended to defend the decision in detail and would not apologize for it || anonymous
said || The official || Mr. Comey had spent several weekends preparing || anonymous
said || the official || "He made the call he thought was right," ~~ "He's not going to pretend otherwise." || anonymous
told || She || she had "no regrets" about accepting the F.B.I.'s recommendation || named_person
had hoped || her campaign || to spend September talking about the economy and Mr. Trump's temperament rather than her emails || named_org
said || Mr. Fallon || "We have said everything there is to say about this," ~~ "The voters have heard it. They are ready to move on, even if House Republicans are not." || named_person
"""

# ---------------------------------------------------------------------------
T04 = """\
Cruz Withholds Endorsement, and the Convention Hall Erupts

CLEVELAND -- Senator Ted Cruz of Texas stood before the Republican National Convention on Wednesday night and urged Republicans to "follow your conscience" in November, pointedly withholding an endorsement of Donald J. Trump and setting off a wave of boos that drowned out the final minutes of his speech.

The moment, which unfolded in prime time before a national television audience, laid bare the divisions that Mr. Trump's nomination has opened inside the party. Delegates from New York and Florida shouted "Endorse Trump!" as Mr. Cruz finished, and several of them gathered near the Texas delegation as the senator left the stage.

"I gave my word to the voters of Texas, not to a candidate," Mr. Cruz told the Texas delegation at a breakfast on Thursday morning. "And I am not going to stand on that stage and say things I don't believe."

Mr. Cruz said the Trump campaign had known for days that he would not offer an endorsement, and that it had approved his remarks after reviewing them. He said the crowd's reaction did not change his view.

Trump advisers said they had seen a copy of the speech in advance but had hoped Mr. Cruz would change it at the last minute. Paul Manafort, the campaign's chairman, told reporters on Thursday that the senator had "broken his pledge" to support the party's nominee, a reference to a promise all the Republican candidates made during a debate last year.

"He's the one who has to live with it," Mr. Manafort said. "We're moving on."

In a statement, the Trump campaign said Mr. Cruz's remarks had been "a missed opportunity to bring the party together."

Mr. Trump himself was dismissive. He wrote on Twitter early Thursday that the delegates had given Mr. Cruz "exactly the reception he earned." At a breakfast with donors later that morning, he said the booing showed that the party had "come together around our movement."

Reince Priebus, the chairman of the Republican National Committee, tried to play down the episode. He said in an interview with CNN that "one speech" would not define a convention that had, in his view, "brought together every wing of this party." Mr. Priebus said he had spoken with Mr. Cruz before the speech but declined to describe the conversation.

Some delegates were less forgiving. Jim Kerr, a delegate from Orange County, Fla., said he had voted for Mr. Cruz in his state's primary but now considered him "finished" in national politics. "He had his moment, and he used it to make it about himself," Mr. Kerr said.

The Dallas Morning News reported on Thursday that at least two Texas donors who had backed Mr. Cruz's presidential campaign had stopped giving to his political action committee.

Others sided with the senator. Several members of the Texas delegation said they admired his decision, even if they planned to vote for Mr. Trump. "Ted kept his word to the people who elected him," said Linda Baca, a delegate from Lubbock. "I don't know why that's so hard for folks to understand."

The convention has been marked by other signs of discord. Several prominent Republicans, including the party's two living former presidents, George H.W. Bush and George W. Bush, and its 2012 nominee, Mitt Romney, stayed away from Cleveland. Gov. John Kasich of Ohio, who lost the nomination to Mr. Trump, did not attend the convention in his own state.

A Gallup survey conducted in the days before the convention found that only 38 percent of Republicans were "satisfied" with their party's nominee. That was the lowest share for any nominee in the two decades that Gallup has asked the question. Trump aides have predicted that the convention would narrow that gap.

The night's final speaker, Gov. Mike Pence of Indiana, Mr. Trump's running mate, sought to move past the drama. In his acceptance speech, Mr. Pence called Mr. Trump "a man who gets things done" and said Hillary Clinton offered "four more years of the same."

Sean Spicer, the R.N.C.'s chief strategist, said on Thursday that the party had received "hundreds" of calls and emails from Republicans angry at Mr. Cruz. One R.N.C. official, who asked not to be identified discussing private conversations, said several major donors were furious and wanted Mr. Cruz barred from future party events.

Mr. Cruz's allies said the senator was looking beyond November. A senior Cruz adviser said the speech had been written with the 2020 primary electorate in mind. "In four years, a lot of people are going to remember who stood up tonight," the adviser said. "And who didn't."

The fight may not fade quickly. Gov. Chris Christie of New Jersey, a Trump ally, told reporters that Mr. Cruz had made "a selfish mistake."

"Tonight was about uniting," Mr. Christie said. "He chose not to."
"""

A04 = """\
urged || Senator Ted Cruz of Texas || Republicans to "follow your conscience" in November || named_person
shouted || Delegates from New York and Florida || "Endorse Trump!" || anonymous
told || Mr. Cruz || "I gave my word to the voters of Texas, not to a candidate," ~~ "And I am not going to stand on that stage and say things I don't believe." || named_person
said || Mr. Cruz || the Trump campaign had known for days that he would not offer an endorsement, and that it had approved his remarks after reviewing them || named_person
said || He || the crowd's reaction did not change his view || named_person
said || Trump advisers || they had seen a copy of the speech in advance but had hoped Mr. Cruz would change it at the last minute || anonymous
told || Paul Manafort, the campaign's chairman || the senator had "broken his pledge" to support the party's nominee || named_person
said || Mr. Manafort || "He's the one who has to live with it," ~~ "We're moving on." || named_person
said || the Trump campaign || Mr. Cruz's remarks had been "a missed opportunity to bring the party together." || named_org
wrote || He || the delegates had given Mr. Cruz "exactly the reception he earned." || named_person
said || he || the booing showed that the party had "come together around our movement." || named_person
said @@ He said in an interview with CNN || He || "one speech" would not define a convention that had, in his view, "brought together every wing of this party." || named_person
said || Mr. Priebus || he had spoken with Mr. Cruz before the speech || named_person
said || Jim Kerr, a delegate from Orange County, Fla. || he had voted for Mr. Cruz in his state's primary but now considered him "finished" in national politics || named_person
said || Mr. Kerr || "He had his moment, and he used it to make it about himself," || named_person
reported || The Dallas Morning News || at least two Texas donors who had backed Mr. Cruz's presidential campaign had stopped giving to his political action committee || media
said || Several members of the Texas delegation || they admired his decision, even if they planned to vote for Mr. Trump || anonymous
said || Linda Baca, a delegate from Lubbock || "Ted kept his word to the people who elected him," ~~ "I don't know why that's so hard for folks to understand." || named_person
found || A Gallup survey conducted in the days before the convention || only 38 percent of Republicans were "satisfied" with their party's nominee || document
have predicted || Trump aides || the convention would narrow that gap || anonymous
called || Mr. Pence || Mr. Trump "a man who gets things done" || named_person
said || Mr. Pence || Hillary Clinton offered "four more years of the same." || named_person
said || Sean Spicer, the R.N.C.'s chief strategist || the party had received "hundreds" of calls and emails from Republicans angry at Mr. Cruz || named_person
said || One R.N.C. official || several major donors were furious and wanted Mr. Cruz barred from future party events || anonymous
said || Mr. Cruz's allies || the senator was looking beyond November || anonymous
said || A senior Cruz adviser || the speech had been written with the 2020 primary electorate in mind || anonymous
said || the adviser || "In four years, a lot of people are going to remember who stood up tonight," ~~ "And who didn't." || anonymous
told || Gov. Chris Christie of New Jersey, a Trump ally || Mr. Cruz had made "a selfish mistake." || named_person
said || Mr. Christie || "Tonight was about uniting," ~~ "He chose not to." || named_person
"""

# ---------------------------------------------------------------------------
T05 = """\
After First Debate, a Scramble in the Spin Room as Voters Weigh In

HEMPSTEAD, N.Y. — Within minutes of the end of the first debate between Hillary Clinton and Donald J. Trump on Monday night, a gymnasium at Hofstra University filled with advisers, surrogates and television cameras, each side hunting for a microphone.

The verdict from the Clinton campaign was swift. “She was prepared, she was presidential, and he was neither,” said John Podesta, Mrs. Clinton’s campaign chairman, standing beneath a sign bearing his name. “The American people saw tonight exactly what we’ve been telling them for months.”

Across the room, Kellyanne Conway, Mr. Trump’s campaign manager, stood in a scrum of reporters. She said the Republican nominee had “dominated” the first half hour on trade and jobs, and that voters in the industrial Midwest would remember that part of the night longer than anything else.

“He talked about their jobs, their factories, their towns,” Ms. Conway said. “She talked about herself.”

The 90-minute debate, moderated by Lester Holt of NBC News, was the most anticipated political event of the year, and it was likely to draw one of the largest television audiences in the history of presidential debates. Mr. Holt largely stayed out of the way, though he pressed Mr. Trump on the Iraq war.

Mr. Trump insisted during the exchange that he had been against the war “long before it started.” Fact-checkers at several news organizations said there was no public record of Mr. Trump opposing the invasion before it began in March 2003.

The candidates clashed repeatedly over taxes, trade, race and policing, and cybersecurity. Mrs. Clinton said Mr. Trump had “built a business on other people’s losses,” and the two sparred over his tax returns. Mr. Trump replied that he would release them “when the audit is finished, and not a day before.”

Mr. Trump, for his part, interrupted Mrs. Clinton dozens of times. He said that she lacked “the judgment” to be president and that her decades in public life had produced “nothing but talk.”

One Trump adviser, who spoke on the condition of anonymity because he was not authorized to discuss the campaign’s internal deliberations, acknowledged that the candidate had “taken the bait” on several occasions. The adviser said Mr. Trump had spent less time preparing than Mrs. Clinton had, and had resisted holding full mock debates.

“He doesn’t like to be scripted,” the adviser said. “That’s his strength, and tonight it was also his weakness.”

The Washington Post reported on Tuesday that Mrs. Clinton had held more than a dozen practice sessions over the past month, some of them lasting longer than the debate itself.

Early measures of public reaction favored Mrs. Clinton. A CNN/ORC poll of debate watchers found that 58 percent thought she had won, compared with 31 percent who said Mr. Trump had. A separate survey by Public Policy Polling, a Democratic-leaning firm, showed a similar margin.

In an interview with Fox News after the debate, Mr. Trump said online surveys showed him “winning by a lot,” and he complained that the moderator had been “very unfair to me.”

“I thought I did great,” Mr. Trump said. “Everybody’s telling me that.”

His running mate, Gov. Mike Pence of Indiana, told reporters in Virginia on Tuesday morning that Mr. Trump had shown “the kind of strength the American people want in a commander in chief.” Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate, said the debate had revealed “a man who cannot control himself for 90 minutes.”

Robby Mook, Mrs. Clinton’s campaign manager, said on a conference call on Tuesday that the campaign had raised more money online in the hour after the debate than in any other hour of the campaign. He did not provide a figure.

Rudolph W. Giuliani, the former New York mayor and a close Trump adviser, suggested that Mr. Trump might skip the remaining two debates unless the moderators were “fair.” Trump aides quickly distanced the campaign from his remarks. “Mr. Trump is looking forward to the next debate,” Jason Miller, the campaign’s senior communications adviser, said in a statement.

The Commission on Presidential Debates said on Tuesday that it had no plans to change the format of the second debate. That debate, a town-hall-style meeting, is scheduled for Oct. 9 in St. Louis.

Democrats believe the second debate will be harder for Mr. Trump, because questions from undecided voters leave little room for the kind of attacks that rallied his supporters on Monday. Republican strategists, for their part, said the town-hall format might play to Mr. Trump’s strengths as a showman.

Some voters came away from Monday night unmoved. “I came in not knowing, and I’m leaving not knowing,” said Marisol Vega, 44, a nurse from Levittown. “But I know a lot more about who they are.”

She watched the debate at a bar near campus with her husband, a union electrician. She said she had voted for President Obama twice and had never voted for a Republican. Still, she said, Mr. Trump’s promises on trade had caught her attention, and she planned to watch the next debate, too.

“He’s leaning Trump,” Ms. Vega said of her husband. “I’m leaning toward staying up late.”
"""

A05 = """\
said || John Podesta, Mrs. Clinton’s campaign chairman || “She was prepared, she was presidential, and he was neither,” ~~ “The American people saw tonight exactly what we’ve been telling them for months.” || named_person
said || She || the Republican nominee had “dominated” the first half hour on trade and jobs, and that voters in the industrial Midwest would remember that part of the night longer than anything else || named_person
said || Ms. Conway || “He talked about their jobs, their factories, their towns,” ~~ “She talked about herself.” || named_person
insisted || Mr. Trump || he had been against the war “long before it started.” || named_person
said || Fact-checkers at several news organizations || there was no public record of Mr. Trump opposing the invasion before it began in March 2003 || anonymous
said || Mrs. Clinton || Mr. Trump had “built a business on other people’s losses,” || named_person
replied || Mr. Trump || he would release them “when the audit is finished, and not a day before.” || named_person
said || He || she lacked “the judgment” to be president and that her decades in public life had produced “nothing but talk.” || named_person
acknowledged || One Trump adviser || the candidate had “taken the bait” on several occasions || anonymous
said || The adviser || Mr. Trump had spent less time preparing than Mrs. Clinton had, and had resisted holding full mock debates || anonymous
said || the adviser || “He doesn’t like to be scripted,” ~~ “That’s his strength, and tonight it was also his weakness.” || anonymous
reported || The Washington Post || Mrs. Clinton had held more than a dozen practice sessions over the past month, some of them lasting longer than the debate itself || media
found || A CNN/ORC poll of debate watchers || 58 percent thought she had won, compared with 31 percent who said Mr. Trump had || document
showed || A separate survey by Public Policy Polling, a Democratic-leaning firm || a similar margin || document
said || Mr. Trump || online surveys showed him “winning by a lot,” || named_person
complained || he || the moderator had been “very unfair to me.” || named_person
said || Mr. Trump || “I thought I did great,” ~~ “Everybody’s telling me that.” || named_person
told || His running mate, Gov. Mike Pence of Indiana || Mr. Trump had shown “the kind of strength the American people want in a commander in chief.” || named_person
said || Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate || the debate had revealed “a man who cannot control himself for 90 minutes.” || named_person
said || Robby Mook, Mrs. Clinton’s campaign manager || the campaign had raised more money online in the hour after the debate than in any other hour of the campaign || named_person
suggested || Rudolph W. Giuliani, the former New York mayor and a close Trump adviser || Mr. Trump might skip the remaining two debates unless the moderators were “fair.” || named_person
said || Jason Miller, the campaign’s senior communications adviser || “Mr. Trump is looking forward to the next debate,” || named_person
said || The Commission on Presidential Debates || it had no plans to change the format of the second debate || named_org
believe || Democrats || the second debate will be harder for Mr. Trump, because questions from undecided voters leave little room for the kind of attacks that rallied his supporters on Monday || named_org
said || Republican strategists || the town-hall format might play to Mr. Trump’s strengths as a showman || anonymous
said || Marisol Vega, 44, a nurse from Levittown || “I came in not knowing, and I’m leaving not knowing,” ~~ “But I know a lot more about who they are.” || named_person
said || She || she had voted for President Obama twice and had never voted for a Republican || named_person
said || she @@ Still, she said, || Mr. Trump’s promises on trade had caught her attention, and she planned to watch the next debate, too || named_person
said || Ms. Vega || “He’s leaning Trump,” ~~ “I’m leaning toward staying up late.” || named_person
"""

# ---------------------------------------------------------------------------
T06 = """\
Trump’s Mexico Visit Ends in Dispute Over Who Will Pay for the Wall

MEXICO CITY — Donald J. Trump flew here on Wednesday for a hastily arranged meeting with President Enrique Peña Nieto, an unusual foray into foreign diplomacy for a candidate whose signature promise is a wall along the southern border of the United States.

After a closed-door meeting of about an hour at Los Pinos, the presidential residence, the two men appeared together before reporters. Mr. Trump, reading from prepared remarks, called Mr. Peña Nieto “a friend” and said the two countries shared “a common interest in keeping our hemisphere safe.”

He said the two leaders had talked about the wall “in a very productive way” but offered no details. “We had a great conversation, a very candid conversation,” Mr. Trump said. “We’re going to get things done together.”

Within hours, the meeting had become a dispute. Mr. Peña Nieto wrote on Twitter that Mexico would not pay for a wall and that he had raised the issue “at the start of the conversation.” A spokesman for the Mexican president, Eduardo Sánchez, said in a radio interview that the subject had been raised “clearly and directly.”

The Trump campaign did not directly dispute Mr. Peña Nieto’s account. In a statement, the campaign said the conversation about the wall had been “substantive” and that the two men had agreed “on the need for a secure border.”

The trip was arranged in a matter of days. Mexican officials said Mr. Peña Nieto had extended invitations to both Mr. Trump and Hillary Clinton last week, and that Mr. Trump’s campaign had accepted within hours. Two people briefed on the planning, who spoke on condition of anonymity because they were not authorized to discuss it, said the idea had been pushed by Luis Videgaray, Mexico’s finance minister and a close adviser to Mr. Peña Nieto, over the objections of the foreign ministry.

The foreign ministry declined to comment. Mr. Videgaray told the Mexican newspaper El Universal that the invitation had been “an act of responsibility, not of sympathy.”

In Mexico, the visit drew anger across the political spectrum. Reforma, the Mexico City newspaper, called the meeting “a historic humiliation” in an editorial, and former President Vicente Fox said on television that Mr. Trump was “not welcome” and should “apologize to every Mexican.”

Several hundred protesters gathered at the Angel of Independence monument on Paseo de la Reforma as Mr. Trump’s motorcade moved through the city. “He insulted us, and our president served him coffee,” said Alejandra Ruiz, a 31-year-old architect. “We will remember this day.”

Analysts in Mexico City said the visit could cost Mr. Peña Nieto dearly. His approval rating was already at a record low before Mr. Trump arrived, and a poll published on Thursday by the newspaper El Financiero found that 73 percent of Mexicans disapproved of the invitation.

Back in the United States, Mrs. Clinton’s campaign was quick to respond. Jennifer Palmieri, the campaign’s communications director, said Mr. Trump had “flinched” by failing to raise the question of payment himself.

“It turns out that when Donald Trump sits across the table from a world leader, he folds,” she said.

Mrs. Clinton, speaking to the American Legion in Cincinnati on Wednesday, did not mention the trip by name but said that diplomacy “isn’t something you can just try on for a day.”

Later on Wednesday, Mr. Trump flew to Phoenix, where he delivered a long-awaited speech on immigration. He told the crowd of several thousand that Mexico would pay for the wall “one hundred percent.”

“It’s going to happen, believe me,” he said. “It’s going to be beautiful, and they’re going to pay for it.”

The speech was far harsher in tone than his remarks in Mexico City.

Senator Jeff Sessions of Alabama traveled with Mr. Trump to both cities. He said the visit had shown that the nominee “can stand on the world stage with anyone.” Mr. Trump’s allies had argued for weeks that a foreign trip would help him look presidential to voters who doubt his temperament.

Other Republicans were less sure. One Republican senator, who asked not to be named in order to speak candidly about the party’s nominee, said the trip had “worked for about three hours.”

“Then he got on the plane to Phoenix,” the senator said.

Univision reported on Thursday that several members of Mr. Peña Nieto’s cabinet had opposed the meeting. According to the network, the president overruled them at Mr. Videgaray’s urging.

Mr. Peña Nieto gave a televised interview on Thursday night. He said he had invited both candidates because “Mexico has to talk to whoever will be in the White House.”
"""

A06 = """\
called || Mr. Trump || Mr. Peña Nieto “a friend” || named_person
said || Mr. Trump || the two countries shared “a common interest in keeping our hemisphere safe.” || named_person
said || He || the two leaders had talked about the wall “in a very productive way” || named_person
said || Mr. Trump || “We had a great conversation, a very candid conversation,” ~~ “We’re going to get things done together.” || named_person
wrote || Mr. Peña Nieto || Mexico would not pay for a wall and that he had raised the issue “at the start of the conversation.” || named_person
said || A spokesman for the Mexican president, Eduardo Sánchez || the subject had been raised “clearly and directly.” || named_person
said || the campaign || the conversation about the wall had been “substantive” and that the two men had agreed “on the need for a secure border.” || named_org
said || Mexican officials || Mr. Peña Nieto had extended invitations to both Mr. Trump and Hillary Clinton last week, and that Mr. Trump’s campaign had accepted within hours || anonymous
said || Two people briefed on the planning || the idea had been pushed by Luis Videgaray, Mexico’s finance minister and a close adviser to Mr. Peña Nieto, over the objections of the foreign ministry || anonymous
told || Mr. Videgaray || the invitation had been “an act of responsibility, not of sympathy.” || named_person
called || Reforma, the Mexico City newspaper || the meeting “a historic humiliation” || media
said || former President Vicente Fox || Mr. Trump was “not welcome” and should “apologize to every Mexican.” || named_person
said || Alejandra Ruiz, a 31-year-old architect || “He insulted us, and our president served him coffee,” ~~ “We will remember this day.” || named_person
said || Analysts in Mexico City || the visit could cost Mr. Peña Nieto dearly || anonymous
found || a poll published on Thursday by the newspaper El Financiero || 73 percent of Mexicans disapproved of the invitation || document
said || Jennifer Palmieri, the campaign’s communications director || Mr. Trump had “flinched” by failing to raise the question of payment himself || named_person
said || she || “It turns out that when Donald Trump sits across the table from a world leader, he folds,” || named_person
said || Mrs. Clinton || diplomacy “isn’t something you can just try on for a day.” || named_person
told || He || Mexico would pay for the wall “one hundred percent.” || named_person
said || he || “It’s going to happen, believe me,” ~~ “It’s going to be beautiful, and they’re going to pay for it.” || named_person
said || He || the visit had shown that the nominee “can stand on the world stage with anyone.” || named_person
had argued || Mr. Trump’s allies || a foreign trip would help him look presidential to voters who doubt his temperament || anonymous
said || One Republican senator || the trip had “worked for about three hours.” || anonymous
said || the senator || “Then he got on the plane to Phoenix,” || anonymous
reported || Univision || several members of Mr. Peña Nieto’s cabinet had opposed the meeting || media
According to || the network || the president overruled them at Mr. Videgaray’s urging || media
said || He || he had invited both candidates because “Mexico has to talk to whoever will be in the White House.” || named_person
"""

# ---------------------------------------------------------------------------
T07 = """\
Christie Knew of Bridge Lane Closings as They Happened, Prosecutor Tells Jury

NEWARK — The federal prosecutor in the George Washington Bridge trial told jurors on Monday that Gov. Chris Christie had been informed of the lane closings while they were underway, the most direct accusation yet against the governor in a scandal that has shadowed him for three years.

The prosecutor, Vikas Khanna, said in his opening statement that two of Mr. Christie’s former allies had bragged to the governor about the traffic jams in Fort Lee, N.J., at a reception in Manhattan in September 2013, while the closings were in their third day.

“They were proud of it,” Mr. Khanna told the jury. “They wanted the governor to know.

“And he did know.”

The two defendants, Bridget Anne Kelly, the governor’s former deputy chief of staff, and Bill Baroni, a former executive at the Port Authority of New York and New Jersey, face charges of conspiracy and fraud. Prosecutors say the two closed access lanes to the bridge to punish the mayor of Fort Lee, Mark Sokolich, a Democrat, for declining to endorse Mr. Christie’s re-election.

Mr. Christie, a Republican, has not been charged in the case. He has repeatedly said that he knew nothing of the closings until after they ended, and an internal review commissioned by his office in 2014 found no evidence that he had been involved.

On Monday, a statement from his office said the prosecutor’s account was “simply untrue.” Brian Murray, a spokesman for the governor, went further.

“The governor has been clear from day one that he had no knowledge of this, and nothing said in a courtroom today changes that,” Mr. Murray said.

Ms. Kelly’s lawyer, Michael Critchley, told jurors in his own opening statement that his client had been made a scapegoat by men who “ran the show” in the governor’s office. He said Ms. Kelly had been “a loyal soldier in a culture of fear,” and that she had believed the closings were part of a legitimate traffic study.

“She is not the architect of this,” Mr. Critchley said. “She is the one they decided to throw off the bridge.”

Mr. Baroni’s lawyer, Michael Baldassare, said his client had been “duped” by David Wildstein. Mr. Wildstein, a former Port Authority official who has known Mr. Christie since high school, has pleaded guilty and will testify for the government.

Mr. Wildstein’s lawyer, Alan Zegas, said outside the courthouse that his client would “tell the truth, all of it.” He would not say whether Mr. Wildstein planned to name the governor.

The judge, Susan D. Wigenton, reminded jurors that opening statements were not evidence and that it would be up to them to decide whom to believe.

The accusation could hardly come at a worse time for Mr. Christie, who ended his own presidential campaign in February and now leads Donald J. Trump’s transition planning. People close to the governor say he has hoped to serve in a Trump administration, possibly as attorney general.

A spokeswoman for the Trump campaign, Hope Hicks, said on Monday that Mr. Trump continued to have “total confidence” in the governor. But two Republicans close to the campaign, who spoke on the condition of anonymity because they were not authorized to discuss personnel matters, said the trial had already complicated Mr. Christie’s prospects for a cabinet post.

“Nobody in Trump Tower wants to read the name Christie in a courtroom story every day until the election,” one of them said.

In Trenton, Democrats seized on the prosecutor’s account. Assemblyman John S. Wisniewski led a legislative investigation of the closings in 2014. He said on Monday that the trial was “finally getting to the questions the governor’s lawyers never wanted asked.”

“We were told for three years that the governor was in the dark,” Mr. Wisniewski said. “Today we learned that the lights were on.”

The Record, a newspaper in North Jersey, reported last year that investigators had obtained text messages between a senior aide to Mr. Christie and a Port Authority official sent during the traffic jams. Lawyers for the defendants have fought to make those messages public.

Mr. Christie’s standing at home has fallen sharply since the scandal broke. A Fairleigh Dickinson University poll released last month found that only 26 percent of New Jersey voters approved of his performance, the lowest rating of his tenure, and that a majority believed he had known about the closings.

Mr. Sokolich, the Fort Lee mayor, attended Monday’s session and sat in the second row. In an interview during a break, he said he felt “vindicated, but not happy.”

“My town was used as a weapon,” he said. “Nobody should be happy about that.”

The trial could last six weeks. Mr. Wildstein is scheduled to testify as early as next week.
"""

A07 = """\
Tells || Prosecutor || Christie Knew of Bridge Lane Closings as They Happened || named_person
told || The federal prosecutor in the George Washington Bridge trial || Gov. Chris Christie had been informed of the lane closings while they were underway || named_person
said || The prosecutor, Vikas Khanna || two of Mr. Christie’s former allies had bragged to the governor about the traffic jams in Fort Lee, N.J., at a reception in Manhattan in September 2013, while the closings were in their third day || named_person
told || Mr. Khanna || “They were proud of it,” ~~ “They wanted the governor to know.\\n\\n“And he did know.” || named_person
say || Prosecutors || the two closed access lanes to the bridge to punish the mayor of Fort Lee, Mark Sokolich, a Democrat, for declining to endorse Mr. Christie’s re-election || anonymous
has repeatedly said || He || he knew nothing of the closings until after they ended || named_person
found || an internal review commissioned by his office in 2014 || no evidence that he had been involved || document
said || a statement from his office || the prosecutor’s account was “simply untrue.” || document
said || Mr. Murray || “The governor has been clear from day one that he had no knowledge of this, and nothing said in a courtroom today changes that,” || named_person
told || Ms. Kelly’s lawyer, Michael Critchley || his client had been made a scapegoat by men who “ran the show” in the governor’s office || named_person
said || He @@ He said Ms. Kelly || Ms. Kelly had been “a loyal soldier in a culture of fear,” and that she had believed the closings were part of a legitimate traffic study || named_person
said || Mr. Critchley || “She is not the architect of this,” ~~ “She is the one they decided to throw off the bridge.” || named_person
said || Mr. Baroni’s lawyer, Michael Baldassare || his client had been “duped” by David Wildstein || named_person
said || Mr. Wildstein’s lawyer, Alan Zegas || his client would “tell the truth, all of it.” || named_person
reminded || The judge, Susan D. Wigenton || opening statements were not evidence and that it would be up to them to decide whom to believe || named_person
say || People close to the governor || he has hoped to serve in a Trump administration, possibly as attorney general || anonymous
said || A spokeswoman for the Trump campaign, Hope Hicks || Mr. Trump continued to have “total confidence” in the governor || named_person
said || two Republicans close to the campaign || the trial had already complicated Mr. Christie’s prospects for a cabinet post || anonymous
said || one of them || “Nobody in Trump Tower wants to read the name Christie in a courtroom story every day until the election,” || anonymous
said || He @@ He said on Monday that the trial || the trial was “finally getting to the questions the governor’s lawyers never wanted asked.” || named_person
said || Mr. Wisniewski || “We were told for three years that the governor was in the dark,” ~~ “Today we learned that the lights were on.” || named_person
reported || The Record, a newspaper in North Jersey || investigators had obtained text messages between a senior aide to Mr. Christie and a Port Authority official sent during the traffic jams || media
found || A Fairleigh Dickinson University poll released last month || only 26 percent of New Jersey voters approved of his performance, the lowest rating of his tenure, and that a majority believed he had known about the closings || document
said @@ he said he felt || he @@ break, he || he felt “vindicated, but not happy.” || named_person
said || he @@ he said. “Nobody should || “My town was used as a weapon,” ~~ “Nobody should be happy about that.” || named_person
"""

# ---------------------------------------------------------------------------
T08 = """\
In Nevada, a Senate Race That Could Tip the Chamber Turns on Turnout

LAS VEGAS — On the Saturday before early voting began, Catherine Cortez Masto stood on a folding chair in the parking lot of a union hall off the Strip and told a few hundred hotel housekeepers, cooks and bartenders that the future of the Senate was “sitting right here in this parking lot.”

Ms. Cortez Masto, a Democrat and Nevada’s former attorney general, is trying to become the first Latina elected to the Senate. She is running against Representative Joe Heck, a Republican, for the seat being vacated by Harry Reid, the Senate minority leader, who is retiring after three decades. The race is one of a handful that will decide which party controls the chamber in January.

“If we win here, we keep Harry’s seat, and we take back the Senate,” she told the crowd. “It’s that simple.”

Polls have shown a close contest for months. A Monmouth University poll released last week found the two candidates separated by two percentage points among likely voters, well within the margin of error. A survey for the Las Vegas Review-Journal showed Mr. Heck with a slight lead.

Mr. Heck, a physician and a brigadier general in the Army Reserve, has represented a suburban Las Vegas district since 2011. He has campaigned as an independent voice, and in recent weeks he has tried to distance himself from Donald J. Trump, the Republican presidential nominee.

After the release this month of a 2005 recording of Mr. Trump, Mr. Heck said he could “no longer support” Mr. Trump and would not vote for him. The decision angered many of Mr. Trump’s supporters in Nevada, some of whom booed Mr. Heck at a rally in Reno.

“I have to do what I believe is right,” Mr. Heck said in an interview on Thursday at his campaign office in Henderson. “Some people are angry with me. I understand that.

“But I’m not going to apologize for standing up for my wife and my daughter.”

Mr. Trump has not forgotten. At a rally in Las Vegas last week, he told supporters that Nevada Republicans should vote for “people who are loyal to you,” without mentioning Mr. Heck by name. A Trump campaign adviser in Nevada, speaking on condition of anonymity because he was not authorized to comment, said the campaign had “no plans” to appear with Mr. Heck before Election Day.

Democrats see an opening. Mr. Reid, who has built the most formidable political organization in the state, has made electing Ms. Cortez Masto his final project. He told reporters on a conference call that Mr. Heck had “tied himself to Trump for a year” and could not “untie himself in a week.”

“Joe Heck endorsed him, campaigned with him, defended him,” Mr. Reid said. “Nevadans have long memories.”

Mr. Heck’s campaign dismissed the attack as desperation. “Harry Reid is the last person in America who should lecture anyone about integrity,” said Brian Lasko, a spokesman for Mr. Heck. He said the Democrat’s campaign was “running on Harry Reid’s machine because it can’t run on her record.”

The Culinary Workers Union Local 226, which represents about 57,000 workers in Las Vegas casinos and hotels, has become the engine of that machine. The union said on Friday that its members had knocked on more than 100,000 doors since August. A union spokeswoman said the union expected to turn out “record numbers” of Latino voters, who make up nearly a fifth of the state’s electorate.

Early voting data released by the Clark County registrar’s office on Sunday showed Democrats with an advantage of roughly 30,000 ballots in the county, which includes Las Vegas and is home to about seven in 10 Nevadans. Jon Ralston, the veteran Nevada political analyst, wrote on his website that the early numbers were “a flashing red light” for Republicans.

Republicans dispute Mr. Ralston’s reading. The National Republican Senatorial Committee said in a memo to donors that Republican turnout in rural counties had been stronger than in 2012 and that the race remained “a coin flip.” Several Republican strategists in the state said Mr. Heck needed to win at least a quarter of Latino voters to prevail.

Outside groups have poured more than $60 million into the race, more than in any other Senate contest this year. The Las Vegas Sun reported last week that the Senate Leadership Fund alone had reserved more than $20 million in airtime. One advertisement from the Senate Leadership Fund, a Republican super PAC, says Ms. Cortez Masto “looked the other way” on a criminal case when she was attorney general. Her campaign called the ad “a lie” and said independent fact-checkers had already debunked it.

Ms. Cortez Masto has centered her campaign on immigration and on Mr. Trump. At the union hall on Saturday, she said Mr. Heck had “waited until it was safe” to break with the nominee. She said that she had never wavered.

Among the housekeepers in the parking lot was Rosa Medina, 52, who came to Las Vegas from El Salvador in 1991 and became a citizen last year. She said she would vote for the first time this fall.

“For my whole life I watched other people decide,” Ms. Medina said. “Now it’s my turn.”

The outcome could depend on voters like her. According to the Pew Research Center, turnout among eligible Latino voters in Nevada has trailed turnout among white voters by more than 10 percentage points in recent presidential elections.

Mr. Heck said he was not conceding any group. On Thursday, he spent the afternoon at a Mexican restaurant in North Las Vegas, shaking hands and posing for pictures.

“I’ve never taken a vote for granted,” he said. “I’m not going to start now.”
"""

A08 = """\
told || Catherine Cortez Masto || the future of the Senate was “sitting right here in this parking lot.” || named_person
told || she || “If we win here, we keep Harry’s seat, and we take back the Senate,” ~~ “It’s that simple.” || named_person
have shown || Polls || a close contest for months || document
found || A Monmouth University poll released last week || the two candidates separated by two percentage points among likely voters, well within the margin of error || document
showed || A survey for the Las Vegas Review-Journal || Mr. Heck with a slight lead || document
said || Mr. Heck @@ Mr. Heck said he could || he could “no longer support” Mr. Trump and would not vote for him || named_person
said || Mr. Heck @@ Mr. Heck said in an interview || “I have to do what I believe is right,” ~~ “Some people are angry with me. I understand that.\\n\\n“But I’m not going to apologize for standing up for my wife and my daughter.” || named_person
told || he || Nevada Republicans should vote for “people who are loyal to you,” || named_person
said || A Trump campaign adviser in Nevada || the campaign had “no plans” to appear with Mr. Heck before Election Day || anonymous
see || Democrats || an opening || named_org
told || He || Mr. Heck had “tied himself to Trump for a year” and could not “untie himself in a week.” || named_person
said || Mr. Reid || “Joe Heck endorsed him, campaigned with him, defended him,” ~~ “Nevadans have long memories.” || named_person
dismissed || Mr. Heck’s campaign || the attack as desperation || named_org
said || Brian Lasko, a spokesman for Mr. Heck || “Harry Reid is the last person in America who should lecture anyone about integrity,” || named_person
said || He @@ He said the Democrat’s || the Democrat’s campaign was “running on Harry Reid’s machine because it can’t run on her record.” || named_person
said || The union || its members had knocked on more than 100,000 doors since August || named_org
said || A union spokeswoman || the union expected to turn out “record numbers” of Latino voters, who make up nearly a fifth of the state’s electorate || anonymous
showed || Early voting data released by the Clark County registrar’s office on Sunday || Democrats with an advantage of roughly 30,000 ballots in the county, which includes Las Vegas and is home to about seven in 10 Nevadans || document
wrote || Jon Ralston, the veteran Nevada political analyst || the early numbers were “a flashing red light” for Republicans || named_person
dispute || Republicans || Mr. Ralston’s reading || named_org
said || The National Republican Senatorial Committee || Republican turnout in rural counties had been stronger than in 2012 and that the race remained “a coin flip.” || named_org
said || Several Republican strategists in the state || Mr. Heck needed to win at least a quarter of Latino voters to prevail || anonymous
reported || The Las Vegas Sun || the Senate Leadership Fund alone had reserved more than $20 million in airtime || media
says || One advertisement from the Senate Leadership Fund, a Republican super PAC || Ms. Cortez Masto “looked the other way” on a criminal case when she was attorney general || document
called || Her campaign || the ad “a lie” || named_org
said || Her campaign || independent fact-checkers had already debunked it || named_org
said || she @@ she said Mr. Heck || Mr. Heck had “waited until it was safe” to break with the nominee || named_person
said || She @@ She said that she had never || she had never wavered || named_person
said || She @@ She said she would vote || she would vote for the first time this fall || named_person
said || Ms. Medina || “For my whole life I watched other people decide,” ~~ “Now it’s my turn.” || named_person
According to || the Pew Research Center || turnout among eligible Latino voters in Nevada has trailed turnout among white voters by more than 10 percentage points in recent presidential elections || named_org
said || Mr. Heck @@ Mr. Heck said he was not || he was not conceding any group || named_person
said || he @@ he said. “I’m not || “I’ve never taken a vote for granted,” ~~ “I’m not going to start now.” || named_person
"""

ARTICLES = [
    ("q01", T01, A01), ("q02", T02, A02), ("q03", T03, A03), ("q04", T04, A04),
    ("q05", T05, A05), ("q06", T06, A06), ("q07", T07, A07), ("q08", T08, A08),
]
STRAIGHT = {"q01", "q02", "q03", "q04"}
CURLY = {"q05", "q06", "q07", "q08"}

# ---------------------------------------------------------------------------
def _occurrences(text, s):
    """Start offsets of s in text, respecting word boundaries at word-character edges."""
    pat = re.escape(s)
    if s[0].isalnum() or s[0] == "_":
        pat = r"(?<!\w)" + pat
    if s[-1].isalnum() or s[-1] == "_":
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _split_ctx(spec):
    if " @@ " in spec:
        span, ctx = spec.split(" @@ ", 1)
        return span.strip(), ctx.strip()
    return spec.strip(), None


def _in_ctx(text, span, ctx, where):
    n = text.count(ctx)
    if n != 1:
        raise ValueError(f"{where}: context {ctx!r} occurs {n} times")
    c0 = text.index(ctx)
    occ = [o for o in _occurrences(text, span) if c0 <= o and o + len(span) <= c0 + len(ctx)]
    if len(occ) != 1:
        raise ValueError(f"{where}: span {span!r} occurs {len(occ)} times in context {ctx!r}")
    return occ[0]


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, span, target_ranges, exclude, where):
    """Occurrence of span nearest to the hull of target_ranges, not overlapping exclude."""
    lo = min(r[0] for r in target_ranges)
    hi = max(r[1] for r in target_ranges)
    best = []
    for o in _occurrences(text, span):
        r = (o, o + len(span))
        if any(_overlaps(r, e) for e in exclude):
            continue
        if r[1] <= lo:
            d = lo - r[1]
        elif r[0] >= hi:
            d = r[0] - hi
        else:
            d = 0
        best.append((d, o))
    if not best:
        raise ValueError(f"{where}: {span!r} not found")
    best.sort()
    if len(best) > 1 and best[0][0] == best[1][0]:
        raise ValueError(f"{where}: tie for {span!r} at {best[0]} and {best[1]}")
    return best[0][1]


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_line(text, line, where):
    parts = [p.strip() for p in line.split(" || ")]
    if len(parts) != 4:
        raise ValueError(f"{where}: expected 4 fields: {line!r}")
    cue_spec, src_spec, con_spec, typ = parts
    if typ not in TYPES:
        raise ValueError(f"{where}: bad type {typ!r}")
    # content
    frags = []
    for i, fspec in enumerate(con_spec.split(" ~~ ")):
        fspec = fspec.replace("\\n", "\n")
        ftxt, ctx = _split_ctx(fspec)
        if ctx is not None:
            o = _in_ctx(text, ftxt, ctx, where)
        elif i == 0:
            occ = _occurrences(text, ftxt)
            if len(occ) != 1:
                raise ValueError(f"{where}: content {ftxt[:50]!r} occurs {len(occ)} times")
            o = occ[0]
        else:
            occ = [x for x in _occurrences(text, ftxt) if x >= frags[-1][1]]
            if not occ:
                raise ValueError(f"{where}: fragment {ftxt[:50]!r} not found after previous")
            o = occ[0]
        frags.append((o, o + len(ftxt)))
    # cue
    ctxt, cctx = _split_ctx(cue_spec)
    if cctx is not None:
        c = _in_ctx(text, ctxt, cctx, where)
    else:
        c = _nearest(text, ctxt, frags, frags, where + " cue")
    cue = (c, c + len(ctxt))
    for f in frags:
        if _overlaps(cue, f):
            raise ValueError(f"{where}: cue overlaps content")
    # source
    src = None
    if src_spec != "-":
        stxt, sctx = _split_ctx(src_spec)
        if sctx is not None:
            s = _in_ctx(text, stxt, sctx, where)
        else:
            s = _nearest(text, stxt, [cue], frags + [cue], where + " source")
        src = (s, s + len(stxt))
        if _overlaps(src, cue) or any(_overlaps(src, f) for f in frags):
            raise ValueError(f"{where}: source overlaps cue/content")
    content = _span(text, frags[0][0], frags[-1][1])
    if len(frags) > 1:
        content["fragments"] = [[a, b] for a, b in frags]
    rec = {"cue": _span(text, *cue),
           "source": _span(text, *src) if src else None,
           "content": content,
           "source_type": typ}
    return rec


def _check_quotes(doc_id, text):
    curly = set("“”‘’")
    if doc_id in STRAIGHT:
        assert not any(ch in curly for ch in text), f"{doc_id}: curly quote in straight-quote article"
        assert '"' in text, f"{doc_id}: no straight double quotes"
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly-quote article"
        assert "“" in text and "”" in text and "’" in text, f"{doc_id}: missing curly quotes"


def _check_shape(doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline then blank line"
    assert "\n\n\n" not in text, f"{doc_id}: triple newline"
    n = len(text.split())
    assert 700 <= n <= 1000, f"{doc_id}: {n} words"


def build():
    records = []
    for doc_id, raw, ann in ARTICLES:
        text = raw.strip("\n")
        _check_quotes(doc_id, text)
        _check_shape(doc_id, text)
        atts = []
        for k, line in enumerate(ln for ln in ann.split("\n") if ln.strip()):
            rec = parse_line(text, line, f"{doc_id}#{k + 1}")
            for key in ("cue", "source", "content"):
                sp = rec[key]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
                    assert sp["text"] == sp["text"].strip(), f"{doc_id}#{k+1} {key} has edge space"
            for a, b in rec["content"].get("fragments", []):
                assert 0 <= a < b <= len(text)
            c = rec["content"]["text"]
            assert not c.startswith("that "), f"{doc_id}#{k+1}: content starts with 'that'"
            assert not (c.endswith(".") and not c.endswith(".\u201d")), f"{doc_id}#{k+1}: final period outside quotes"
            atts.append(rec)
        # no duplicate cue spans
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(cues) == len(set(cues)), f"{doc_id}: duplicate cue span"
        atts.sort(key=lambda a: a["cue"]["start"])
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def review(records, doc=None):
    """Print every attribution in context with [cue], {source}, <content> markers."""
    for r in records:
        if doc and r["doc_id"] != doc:
            continue
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "attributions")
        for i, a in enumerate(r["attributions"]):
            marks = [(a["cue"]["start"], "["), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "{"), (a["source"]["end"], "}")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "<"), (e, ">")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, lo - 40)
            hi = min(len(t), hi + 25)
            seg = ""
            pos = lo
            for p, ch in sorted(marks, key=lambda m: (m[0], m[1] in "]}>")):
                seg += t[pos:p] + ch
                pos = p
            seg += t[pos:hi]
            print(f"{i+1:2d} {a['source_type']:12s} {seg!r}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind15.jsonl", [a for a in argv if a != "--review"],
                          __doc__.split("\n\n")[0])
    if "--review" in argv:
        review(records, None)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
