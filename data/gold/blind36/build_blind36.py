#!/usr/bin/env python3
"""Build ``blind36.jsonl``: the thirty-sixth batch of blind test articles (session 16).

12 invented 2016 political stories whose people and bodies are referred to by changing
descriptions, pronouns and surnames next to unnamed people described the same way, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Scored on arrival, then read for errors.

Usage: ``python data/gold/blind36/build_blind36.py [--check]`` (``--check``: exit 1 if
blind36.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 36: invented 2016-style political news with hand attribution annotations.

Theme: descriptions that change (a person or body introduced once, then referred to by
descriptions, pronouns and surname), next to unnamed people described the same way.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE may be "-" for no source (null).
  * CONTENT fragments are separated by " ## ".
  * Any span may be written "span @@ context": context must occur exactly once in the
    text and the span is looked up inside it.
  * Without context: a content fragment must be unique in the text; the cue is the
    occurrence (whole-word) nearest to the content in the same paragraph; the source is
    the occurrence nearest to the cue in the same paragraph, overlapping neither.
All offsets are computed; every span is asserted against the text.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann.strip("\n")))


# ---------------------------------------------------------------- n01 (straight quotes)
art("n01", """
Sanders Vows to Take His Fight to the Convention Floor

BURLINGTON, Vt. -- Senator Bernie Sanders said on Tuesday that he would keep his campaign going until the Democratic National Convention in Philadelphia. The announcement came as pressure mounted on him to step aside for Hillary Clinton.

"We are going to Philadelphia, and we are going to fight for every delegate," the Vermont senator told a crowd of about 4,000 supporters at a waterfront park. "Nobody should tell the voters of California that their votes do not matter."

The 74-year-old has argued for weeks that superdelegates, the party insiders who may back any candidate, should reflect the results in their own states. On Tuesday he went further, saying the nominating process had been "rigged against new voices."

Mrs. Clinton's campaign was unmoved. "The math has not changed," said Brian Fallon, a spokesman for the former secretary of state. "Secretary Clinton leads by nearly three million votes."

Clinton herself struck a gentler tone. At a stop in Newark, she told reporters that she respected her rival and would welcome his supporters in the fall.

Inside the Sanders operation, the mood is less settled. A senior aide said the campaign had begun cutting staff in several states. He spoke on condition of anonymity because he was not authorized to discuss internal matters. The aide said the senator had not been told of every cut.

Another adviser believes the senator will endorse Mrs. Clinton by July, according to two people who have spoken with the adviser.

Jeff Weaver, the campaign manager, was blunt. "Nobody is cutting anything," Weaver said in an interview. He added that the campaign had raised $2 million since the weekend.

The Democratic National Committee has tried to stay out of the fight. The committee said in a statement that it would "welcome all candidates and their supporters" to Philadelphia. Politico reported on Monday that the committee's chairwoman, Representative Debbie Wasserman Schultz, had grown impatient with the length of the primary.

The crowd on Tuesday was loud and young. "He's still got a shot," said Emma Lindqvist, a 22-year-old student from Winooski. Many in the crowd said they would not vote for Mrs. Clinton in November.
""", """
Vows || Sanders || to Take His Fight to the Convention Floor || named_person
said || Senator Bernie Sanders || he would keep his campaign going until the Democratic National Convention in Philadelphia || named_person
told || the Vermont senator || "We are going to Philadelphia, and we are going to fight for every delegate," ## "Nobody should tell the voters of California that their votes do not matter." || named_person
has argued || The 74-year-old || superdelegates, the party insiders who may back any candidate, should reflect the results in their own states || named_person
saying || he || the nominating process had been "rigged against new voices." || named_person
said || Brian Fallon, a spokesman for the former secretary of state || "The math has not changed," ## "Secretary Clinton leads by nearly three million votes." || named_person
told || she || she respected her rival and would welcome his supporters in the fall || named_person
said || A senior aide || the campaign had begun cutting staff in several states || anonymous
said || The aide || the senator had not been told of every cut || anonymous
according to || two people who have spoken with the adviser || Another adviser believes the senator will endorse Mrs. Clinton by July || anonymous
said || Weaver || "Nobody is cutting anything," || named_person
added || He || the campaign had raised $2 million since the weekend || named_person
said || The committee || it would "welcome all candidates and their supporters" to Philadelphia || named_org
reported || Politico || the committee's chairwoman, Representative Debbie Wasserman Schultz, had grown impatient with the length of the primary || media
said || Emma Lindqvist, a 22-year-old student from Winooski || "He's still got a shot," || named_person
said || Many in the crowd || they would not vote for Mrs. Clinton in November || anonymous
""")

# ---------------------------------------------------------------- n02 (straight quotes)
art("n02", """
Trump Says Party Must 'Fall in Line' Behind Him

WASHINGTON -- Donald J. Trump said on Thursday that Republican leaders who refuse to endorse him are "hurting the party." It was his sharpest attack yet on the lawmakers who have kept their distance from his campaign.

The billionaire singled out House Speaker Paul D. Ryan, who last week declined to back the presumptive nominee. "Paul has to decide whose side he is on," the real estate mogul said at a rally in Charleston, W.Va. "The voters have decided. Now it's his turn."

Ryan, for his part, told reporters on Capitol Hill that he was "just not there yet." The Wisconsin Republican said he wanted to see Mr. Trump embrace conservative principles before offering his support. He has spoken with the candidate twice by phone, according to a spokeswoman for the speaker, AshLee Strong.

Reince Priebus, the chairman of the Republican National Committee, is trying to broker a peace. The party chairman told Fox News on Wednesday that the two men would meet next week at the committee's headquarters. "They both want to win in November," he said. "That is what matters."

Behind the scenes, the talks have been difficult. An R.N.C. official said the meeting had been arranged only after days of pressure from donors. The official, who requested anonymity to discuss private conversations, said Mr. Priebus worried that a prolonged feud would depress turnout.

The campaign has not softened its message. Katrina Pierson, a spokeswoman for Mr. Trump, said on CNN that the speaker was "out of touch with the people who actually vote." She said the candidate would not change his positions on trade or immigration to win over party elders.

Some Republicans in Congress have scheduled events at home during the convention in Cleveland. "I have a lot of events back home that week," one Republican senator said with a smile. Two others said they had not decided whether to attend.

A Gallup survey released on Wednesday found that 61 percent of Republicans view Mr. Trump favorably, up from 45 percent in March. The poll suggests that the party's voters have moved faster than its leaders.
""", """
Says || Trump || Party Must 'Fall in Line' Behind Him || named_person
said || Donald J. Trump || Republican leaders who refuse to endorse him are "hurting the party." || named_person
said || the real estate mogul || "Paul has to decide whose side he is on," ## "The voters have decided. Now it's his turn." || named_person
told || Ryan || he was "just not there yet." || named_person
said || The Wisconsin Republican || he wanted to see Mr. Trump embrace conservative principles before offering his support || named_person
according to || a spokeswoman for the speaker, AshLee Strong || He has spoken with the candidate twice by phone || named_person
told || The party chairman || the two men would meet next week at the committee's headquarters || named_person
said || he || "They both want to win in November," ## "That is what matters." || named_person
said || An R.N.C. official || the meeting had been arranged only after days of pressure from donors || anonymous
said || The official, who requested anonymity to discuss private conversations || Mr. Priebus worried that a prolonged feud would depress turnout || anonymous
said @@ said on CNN || Katrina Pierson, a spokeswoman for Mr. Trump || the speaker was "out of touch with the people who actually vote." || named_person
said || She || the candidate would not change his positions on trade or immigration to win over party elders || named_person
said || one Republican senator || "I have a lot of events back home that week," || anonymous
said || Two others || they had not decided whether to attend || anonymous
found || A Gallup survey released on Wednesday || 61 percent of Republicans view Mr. Trump favorably, up from 45 percent in March || document
suggests || The poll || the party's voters have moved faster than its leaders || document
""")

# ---------------------------------------------------------------- n03 (straight quotes)
art("n03", """
Comey Faces Five Hours of Questions on Clinton Emails

WASHINGTON -- James B. Comey, the director of the F.B.I., told a House committee on Thursday that no reasonable prosecutor would have brought a case against Hillary Clinton over her use of a private email server.

"I know this is frustrating to some people," the director said during nearly five hours of testimony. "But we did this the right way."

The hearing was combative. The chairman of the House Oversight Committee, Representative Jason Chaffetz of Utah, said the bureau had set "a dangerous precedent" by declining to recommend charges. The Utah Republican later told reporters that he would ask the Justice Department to review Mrs. Clinton's testimony to Congress for possible perjury.

The department, for its part, has closed the matter. Attorney General Loretta E. Lynch announced on Wednesday that she had accepted the bureau's recommendation. The attorney general had faced criticism after meeting former President Bill Clinton on an airport tarmac in Phoenix last week; she said afterward that the two had discussed only their grandchildren and golf.

Inside the bureau, the decision has been divisive. Two F.B.I. agents who worked on the case said some colleagues believed Mr. Comey should have left the decision to prosecutors. They spoke on condition of anonymity because they were not permitted to discuss the investigation. One of them said morale in the Washington field office was "the worst I've seen."

Democrats on the panel took a different line. Representative Elijah E. Cummings of Maryland, the committee's top Democrat, said Republicans were "grasping at straws." The Clinton campaign said in a statement that it was time to accept "what we have said all along: this case is closed."

The New York Times reported on Friday that the bureau had interviewed Mrs. Clinton for three and a half hours on Saturday without recording the session. A spokeswoman for the bureau declined to comment. According to the bureau's own summary, which has not been released, she was not under oath.

A poll released by Monmouth University on Wednesday showed that 55 percent of voters disagreed with the F.B.I.'s decision. Among Republicans, the figure was 87 percent.
""", """
told || James B. Comey, the director of the F.B.I. || no reasonable prosecutor would have brought a case against Hillary Clinton over her use of a private email server || named_person
said || the director || "I know this is frustrating to some people," ## "But we did this the right way." || named_person
said || The chairman of the House Oversight Committee, Representative Jason Chaffetz of Utah || the bureau had set "a dangerous precedent" by declining to recommend charges || named_person
told || The Utah Republican || he would ask the Justice Department to review Mrs. Clinton's testimony to Congress for possible perjury || named_person
announced || Attorney General Loretta E. Lynch || she had accepted the bureau's recommendation || named_person
said || she || the two had discussed only their grandchildren and golf || named_person
said || Two F.B.I. agents who worked on the case || some colleagues believed Mr. Comey should have left the decision to prosecutors || anonymous
said || One of them || morale in the Washington field office was "the worst I've seen." || anonymous
said || Representative Elijah E. Cummings of Maryland, the committee's top Democrat || Republicans were "grasping at straws." || named_person
said || The Clinton campaign || it was time to accept "what we have said all along: this case is closed." || named_org
reported || The New York Times || the bureau had interviewed Mrs. Clinton for three and a half hours on Saturday without recording the session || media
According to || the bureau's own summary, which has not been released || she was not under oath || document
showed || A poll released by Monmouth University on Wednesday || 55 percent of voters disagreed with the F.B.I.'s decision || document
""")

# ---------------------------------------------------------------- n04 (straight quotes)
art("n04", """
McConnell Holds Firm on Garland as Obama Presses Senate

WASHINGTON -- Senator Mitch McConnell said on Monday that the Senate would not hold hearings on Judge Merrick B. Garland, President Obama's choice for the Supreme Court, "under any circumstances" before the election.

"The American people should have a voice," the majority leader said on the Senate floor. "They will have it in November."

The Kentucky Republican has argued since February that a lame-duck president should not fill a vacancy on the court. He repeated on Monday that the decision was about "a principle, not a person."

The White House has kept up its campaign for the judge. Josh Earnest, the press secretary, told reporters that the 63-year-old jurist was "the most qualified nominee in a generation." Mr. Obama himself has spoken with a dozen Republican senators, Earnest said.

In his weekly address on Saturday, the president said Senate Republicans were "abdicating their constitutional duty."

Garland has met with more than 50 senators, most of them Democrats. A White House official said the judge had found the meetings "cordial but frank." The official requested anonymity to describe private meetings.

Cracks have appeared in the Republican ranks. Senator Mark Kirk of Illinois, a Republican facing a difficult re-election, said last month that his colleagues should "man up and cast a vote." Some Republican senators privately worry that the standoff will cost them seats in swing states, according to three Senate aides. One of them said the Illinois senator "is not alone, he is just the loudest."

Harry Reid of Nevada, the Democratic leader, told reporters that Democrats would hold their own hearing on the nomination next month. Republicans would be welcome to attend, he said.

A CNN/ORC poll released last week found that 64 percent of Americans want the Senate to hold hearings on the nomination. The share was smaller among Republicans, at 46 percent.
""", """
said || Senator Mitch McConnell || the Senate would not hold hearings on Judge Merrick B. Garland, President Obama's choice for the Supreme Court, "under any circumstances" before the election || named_person
said || the majority leader || "The American people should have a voice," ## "They will have it in November." || named_person
has argued || The Kentucky Republican || a lame-duck president should not fill a vacancy on the court || named_person
repeated || He || the decision was about "a principle, not a person." || named_person
told || Josh Earnest, the press secretary || the 63-year-old jurist was "the most qualified nominee in a generation." || named_person
said || Earnest || Mr. Obama himself has spoken with a dozen Republican senators || named_person
said || the president || Senate Republicans were "abdicating their constitutional duty." || named_person
said || A White House official || the judge had found the meetings "cordial but frank." || anonymous
said || Senator Mark Kirk of Illinois, a Republican facing a difficult re-election || his colleagues should "man up and cast a vote." || named_person
according to || three Senate aides || Some Republican senators privately worry that the standoff will cost them seats in swing states || anonymous
said || One of them || the Illinois senator "is not alone, he is just the loudest." || anonymous
told || Harry Reid of Nevada, the Democratic leader || Democrats would hold their own hearing on the nomination next month || named_person
said || he || Republicans would be welcome to attend || named_person
found || A CNN/ORC poll released last week || 64 percent of Americans want the Senate to hold hearings on the nomination || document
""")

# ---------------------------------------------------------------- n05 (straight quotes)
art("n05", """
Cruz and Kasich Join Forces Against Trump in Three States

INDIANAPOLIS -- Senator Ted Cruz of Texas and Gov. John Kasich of Ohio announced on Sunday night that they would divide the remaining primary states between them in an effort to deny Donald J. Trump the nomination.

Under the arrangement, the Texas senator will concentrate on Indiana, while the Ohio governor will focus on Oregon and New Mexico. Jeff Roe, Mr. Cruz's campaign manager, said in a statement that the campaign would "clear the path" for Mr. Kasich in the West. The campaign also said Mr. Cruz would cancel two events in Oregon.

The billionaire reacted within hours. "Collusion!" Mr. Trump wrote on Twitter. "Shows how weak and pathetic they are." He told supporters in Rhode Island on Monday that the deal proved both men were "desperate."

The pact looked fragile almost at once. At a diner in Philadelphia on Monday, Kasich sounded less committed. "I've never told my supporters in Indiana not to vote for me," he said. The governor added that voters "should make their own decision."

Aides to both candidates said privately that the agreement was a last resort. One Cruz adviser said the campaign had concluded weeks ago that it could not win a majority of delegates before the convention in Cleveland. He spoke on condition of anonymity to discuss internal deliberations.

The former solicitor general was defiant at a stop in Fort Wayne. "We are going to win this nomination," the 45-year-old told a crowd at a county fairground. "And we are going to do it the old-fashioned way."

A new Fox News poll found Mr. Trump leading in Indiana with 41 percent, compared with 33 percent for Mr. Cruz and 16 percent for Mr. Kasich. The survey showed that most Indiana Republicans disapprove of the alliance.

Some party officials in the state worry that the deal will confuse voters. "People don't like being told what to do," said Gary Pettit, a Republican county chairman in Kokomo. He said his phone had been ringing since Sunday night.
""", """
announced || Senator Ted Cruz of Texas and Gov. John Kasich of Ohio || they would divide the remaining primary states between them in an effort to deny Donald J. Trump the nomination || named_person
said @@ said in a statement that the campaign would || Jeff Roe, Mr. Cruz's campaign manager || the campaign would "clear the path" for Mr. Kasich in the West || named_person
said @@ The campaign also said || The campaign || Mr. Cruz would cancel two events in Oregon || named_org
wrote || Mr. Trump || "Collusion!" ## "Shows how weak and pathetic they are." || named_person
told || He || the deal proved both men were "desperate." || named_person
said || he || "I've never told my supporters in Indiana not to vote for me," || named_person
added || The governor || voters "should make their own decision." || named_person
said || Aides to both candidates || the agreement was a last resort || anonymous
said || One Cruz adviser || the campaign had concluded weeks ago that it could not win a majority of delegates before the convention in Cleveland || anonymous
told || the 45-year-old || "We are going to win this nomination," ## "And we are going to do it the old-fashioned way." || named_person
found || A new Fox News poll || Mr. Trump leading in Indiana with 41 percent, compared with 33 percent for Mr. Cruz and 16 percent for Mr. Kasich || document
showed || The survey || most Indiana Republicans disapprove of the alliance || document
worry || Some party officials in the state || the deal will confuse voters || anonymous
said || Gary Pettit, a Republican county chairman in Kokomo || "People don't like being told what to do," || named_person
said || He || his phone had been ringing since Sunday night || named_person
""")

# ---------------------------------------------------------------- n06 (straight quotes)
art("n06", """
Pence Signs Abortion Bill, and a Lawsuit Follows Within Hours

INDIANAPOLIS -- Gov. Mike Pence of Indiana signed one of the nation's strictest abortion laws on Thursday. The governor said in a statement that the measure affirmed "the value of all human life."

The law bars abortions sought because of a fetal disability, such as Down syndrome. The former radio host told reporters at the Statehouse that he had prayed over the decision. "I believe this is the right thing for Indiana," Pence said.

Within hours, the American Civil Liberties Union of Indiana filed suit in federal court. The group argues that the law violates the constitutional right, established in Roe v. Wade, to end a pregnancy before viability. "The state cannot tell a woman which reasons are good enough," said Dana Whitcomb, the group's legal director.

The lawsuit, filed on behalf of Planned Parenthood of Indiana and Kentucky, says the law would force doctors to question patients about their motives. A hearing is set for next month, before the measure takes effect on July 1.

The bill divided Republicans in the legislature. Representative Carla Hines, a Republican from Lafayette, said last week that it had been "rushed through without enough debate." She told The Indianapolis Star that she had received hundreds of calls from constituents on both sides.

The paper reported on Friday that the governor's office had received more than 3,000 letters and emails about the bill, most of them opposing it. A spokeswoman for the governor, Kara Brooks, said the office did not sort the mail by position.

Democrats moved quickly. John Gregg, the party's nominee for governor, said Pence had "put ideology ahead of Indiana." Gregg's campaign said it had raised $150,000 in the day after the signing.

Anti-abortion groups believe the law could give the Supreme Court a chance to revisit Roe. "This is the case we have been waiting for," said one activist outside the Statehouse, who declined to give her name.
""", """
said || The governor || the measure affirmed "the value of all human life." || named_person
told || The former radio host || he had prayed over the decision || named_person
said || Pence || "I believe this is the right thing for Indiana," || named_person
argues || The group || the law violates the constitutional right, established in Roe v. Wade, to end a pregnancy before viability || named_org
said || Dana Whitcomb, the group's legal director || "The state cannot tell a woman which reasons are good enough," || named_person
says || The lawsuit, filed on behalf of Planned Parenthood of Indiana and Kentucky || the law would force doctors to question patients about their motives || document
said || Representative Carla Hines, a Republican from Lafayette || it had been "rushed through without enough debate." || named_person
told || She || she had received hundreds of calls from constituents on both sides || named_person
reported || The paper || the governor's office had received more than 3,000 letters and emails about the bill, most of them opposing it || media
said || A spokeswoman for the governor, Kara Brooks || the office did not sort the mail by position || named_person
said || John Gregg, the party's nominee for governor || Pence had "put ideology ahead of Indiana." || named_person
said || Gregg's campaign || it had raised $150,000 in the day after the signing || named_org
believe || Anti-abortion groups || the law could give the Supreme Court a chance to revisit Roe || anonymous
said || one activist outside the Statehouse, who declined to give her name || "This is the case we have been waiting for," || anonymous
""")

# ---------------------------------------------------------------- n07 (curly quotes)
art("n07", """
Inspector General’s Report on Clinton Emails Adds to Campaign’s Troubles

WASHINGTON — The State Department’s Office of Inspector General concluded in a report released on Wednesday that Hillary Clinton never sought approval to use a private email server for government business.

The 83-page report found that Mrs. Clinton’s practices “were not consistent” with department policies. The watchdog also said that the server had been the target of at least two hacking attempts in 2011. The former secretary of state declined to be interviewed for the review, the report noted.

Her campaign responded within the hour. Brian Fallon, the campaign’s press secretary, said Mrs. Clinton’s use of personal email “was not unique.” “Her predecessors did the same thing,” he said.

John Podesta, the campaign chairman, told reporters on a conference call that the candidate “has said many times that it was a mistake.”

Reince Priebus, the Republican Party’s chairman, said Mrs. Clinton had “put her own convenience ahead of national security.” Donald J. Trump, the presumptive Republican nominee, told a rally in Anaheim, Calif., that the findings were “not good.” The billionaire added: “Crooked Hillary. Bad judgment.”

Inside the department, the report has been awaited for months. One senior State Department official, who was not authorized to speak publicly, said the agency had already tightened its rules on personal email. Another said many employees viewed the episode as “an embarrassment for the building.”

Mark Toner, a department spokesman, said on Wednesday that the department “welcomed” the report and had adopted all of its recommendations.

The F.B.I. is conducting a separate inquiry into the server, which was kept in the basement of the Clintons’ home in Chappaqua, N.Y. According to The Washington Post, agents have interviewed several of Mrs. Clinton’s closest aides, including Huma Abedin. The bureau’s inquiry could be finished by July, two people briefed on it said.
""", """
concluded || The State Department’s Office of Inspector General || Hillary Clinton never sought approval to use a private email server for government business || named_org
found || The 83-page report || Mrs. Clinton’s practices “were not consistent” with department policies || document
said || The watchdog || the server had been the target of at least two hacking attempts in 2011 || named_org
noted || the report || The former secretary of state declined to be interviewed for the review || document
said || Brian Fallon, the campaign’s press secretary || Mrs. Clinton’s use of personal email “was not unique.” || named_person
said || he || “Her predecessors did the same thing,” || named_person
told || John Podesta, the campaign chairman || the candidate “has said many times that it was a mistake.” || named_person
said || Reince Priebus, the Republican Party’s chairman || Mrs. Clinton had “put her own convenience ahead of national security.” || named_person
told || Donald J. Trump, the presumptive Republican nominee || the findings were “not good.” || named_person
added || The billionaire || “Crooked Hillary. Bad judgment.” || named_person
said || One senior State Department official, who was not authorized to speak publicly || the agency had already tightened its rules on personal email || anonymous
said || Another || many employees viewed the episode as “an embarrassment for the building.” || anonymous
said || Mark Toner, a department spokesman || the department “welcomed” the report and had adopted all of its recommendations || named_person
According to || The Washington Post || agents have interviewed several of Mrs. Clinton’s closest aides, including Huma Abedin || media
said || two people briefed on it || The bureau’s inquiry could be finished by July || anonymous
""")

# ---------------------------------------------------------------- n08 (curly quotes)
art("n08", """
Rubio Reverses Course and Will Seek Re-election to the Senate

MIAMI — Senator Marco Rubio of Florida announced on Wednesday that he would run for a second term. The decision reverses a pledge he made repeatedly during his failed bid for the presidency.

“In times like these, the Senate is where I can do the most good,” the Florida senator said in a statement. The 45-year-old had said as recently as May that he would return to private life in January.

Senate Republican leaders had spent weeks lobbying him to reconsider. The National Republican Senatorial Committee said it would support him in the Aug. 30 primary. Its chairman, Senator Roger Wicker of Mississippi, said the committee believed Rubio gave Republicans “the best chance to hold Florida.”

Lt. Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s who had been running for the seat, said he would leave the race.

On the Democratic side, Representative Patrick Murphy said the senator had “quit on Florida once and will do it again.” The congressman told reporters in Orlando that Mr. Rubio had missed more votes than any other senator this year. Murphy faces a primary against Representative Alan Grayson. Grayson said both men were “creatures of the establishment.”

The news caught some Rubio donors off guard. Two major contributors said they had already committed money to other races and would not give again. “He told us he was done,” one of them said. “We took him at his word.”

A Quinnipiac University poll released last week showed Mr. Rubio leading Mr. Murphy 47 percent to 40 percent. Democrats believe the seat remains competitive, according to a memo circulated by the Democratic Senatorial Campaign Committee on Wednesday.

Rubio’s campaign said on Wednesday night that it had raised $1 million in the first eight hours after the announcement. The senator will hold his first rally on Saturday in Tampa.
""", """
announced || Senator Marco Rubio of Florida || he would run for a second term || named_person
said || the Florida senator || “In times like these, the Senate is where I can do the most good,” || named_person
had said || The 45-year-old || he would return to private life in January || named_person
said || The National Republican Senatorial Committee || it would support him in the Aug. 30 primary || named_org
said || Its chairman, Senator Roger Wicker of Mississippi || the committee believed Rubio gave Republicans “the best chance to hold Florida.” || named_person
said || Lt. Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s who had been running for the seat || he would leave the race || named_person
said || Representative Patrick Murphy || the senator had “quit on Florida once and will do it again.” || named_person
told || The congressman || Mr. Rubio had missed more votes than any other senator this year || named_person
said || Grayson || both men were “creatures of the establishment.” || named_person
said || Two major contributors || they had already committed money to other races and would not give again || anonymous
said || one of them || “He told us he was done,” ## “We took him at his word.” || anonymous
showed || A Quinnipiac University poll released last week || Mr. Rubio leading Mr. Murphy 47 percent to 40 percent || document
according to || a memo circulated by the Democratic Senatorial Campaign Committee on Wednesday || Democrats believe the seat remains competitive || document
said || Rubio’s campaign || it had raised $1 million in the first eight hours after the announcement || named_org
""")

# ---------------------------------------------------------------- n09 (curly quotes)
art("n09", """
Kaine and Pence Clash in Only Vice-Presidential Debate

FARMVILLE, Va. — Senator Tim Kaine of Virginia repeatedly interrupted Gov. Mike Pence of Indiana on Tuesday night, pressing him on Donald J. Trump’s record on Russia, taxes and immigration.

“Governor, you can’t defend him, so you won’t,” the Democratic running mate said early in the 90-minute debate at Longwood University.

The Indiana governor kept his composure. He said Mrs. Clinton and her running mate had run “an insult-driven campaign” and argued that the Obama administration’s foreign policy had left the world “more dangerous.”

Mr. Trump wrote on Twitter during the debate that his running mate was “doing a fantastic job.” The debate, the only one between the two running mates, drew about 37 million viewers, far fewer than the first meeting of the presidential nominees last week.

Aides to the Virginia senator said afterward that they had wanted him to force Mr. Pence to answer for Mr. Trump’s statements. “Tim did exactly what he set out to do,” said Robby Mook, Mrs. Clinton’s campaign manager.

Kellyanne Conway, Mr. Trump’s campaign manager, told reporters in the spin room that the former radio host had been “the adult on the stage.”

A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine.

Some Democrats privately fretted that Mr. Kaine had come across as overeager. “He was a little too caffeinated,” one Democratic strategist said. The strategist, who advises several Senate candidates, spoke on condition of anonymity to avoid angering the campaign.

A review of the transcript by The New York Times found six factual errors in the governor’s answers, and four in the senator’s. The debate was moderated by Elaine Quijano of CBS News.

Mr. Kaine told reporters on Wednesday morning that he had “no regrets.” He said he would campaign in North Carolina and Florida this week.
""", """
said || the Democratic running mate || “Governor, you can’t defend him, so you won’t,” || named_person
said || He @@ He said Mrs. Clinton || Mrs. Clinton and her running mate had run “an insult-driven campaign” || named_person
argued || He @@ He said Mrs. Clinton || the Obama administration’s foreign policy had left the world “more dangerous.” || named_person
wrote || Mr. Trump || his running mate was “doing a fantastic job.” || named_person
said || Aides to the Virginia senator || they had wanted him to force Mr. Pence to answer for Mr. Trump’s statements || anonymous
said || Robby Mook, Mrs. Clinton’s campaign manager || “Tim did exactly what he set out to do,” || named_person
told || Kellyanne Conway, Mr. Trump’s campaign manager || the former radio host had been “the adult on the stage.” || named_person
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine || document
fretted || Some Democrats || Mr. Kaine had come across as overeager || anonymous
said || one Democratic strategist || “He was a little too caffeinated,” || anonymous
found || A review of the transcript by The New York Times || six factual errors in the governor’s answers, and four in the senator’s || media
told || Mr. Kaine || he had “no regrets.” || named_person
said || He @@ He said he would campaign || he would campaign in North Carolina and Florida this week || named_person
""")

# ---------------------------------------------------------------- n10 (curly quotes)
art("n10", """
Justices Strike Down Texas Abortion Restrictions

WASHINGTON — The Supreme Court on Monday struck down two Texas abortion restrictions, ruling that they placed an “undue burden” on women seeking to end a pregnancy.

Writing for the 5-to-3 majority, Justice Stephen G. Breyer said the rules, which required clinics to meet hospital-like standards, provided “few, if any, health benefits for women.”

Justice Ruth Bader Ginsburg went further in a short concurrence. The 83-year-old justice wrote that it was “beyond rational belief” that the laws protected women’s health.

In dissent, Justice Samuel A. Alito Jr. said the court had ignored procedural rules that should have barred the case. He read a summary of his dissent from the bench, a sign of deep disagreement.

In Austin, Attorney General Ken Paxton said in a statement that the decision “erodes the state’s lawmaking authority.” The Republican attorney general argued that the state had acted to protect patients from “unsafe conditions.” Gov. Greg Abbott wrote on Twitter that the ruling was “a step backward.”

The Center for Reproductive Rights brought the case on behalf of several clinics. Nancy Northup, the group’s president, told reporters on the steps of the court that the decision would “protect women in every state.” The group said it would challenge similar laws in Wisconsin, Alabama and Mississippi within weeks.

Hillary Clinton, the presumptive Democratic nominee, said the ruling was “a victory for women across America.” Donald J. Trump did not comment.

Anti-abortion activists outside the court said they would press states to pass new restrictions. Some legal scholars believe the decision will make it harder for states to defend other laws. “The standard is now much clearer,” said one constitutional law professor at the University of Texas, who asked not to be named because she had advised the state.

The ruling is the court’s most significant abortion decision in more than two decades. More than half of the clinics in Texas have closed since the law was passed in 2013.
""", """
ruling || The Supreme Court || they placed an “undue burden” on women seeking to end a pregnancy || named_org
said || Justice Stephen G. Breyer || the rules, which required clinics to meet hospital-like standards, provided “few, if any, health benefits for women.” || named_person
wrote || The 83-year-old justice || it was “beyond rational belief” that the laws protected women’s health || named_person
said || Justice Samuel A. Alito Jr. || the court had ignored procedural rules that should have barred the case || named_person
said || Attorney General Ken Paxton || the decision “erodes the state’s lawmaking authority.” || named_person
argued || The Republican attorney general || the state had acted to protect patients from “unsafe conditions.” || named_person
wrote || Gov. Greg Abbott || the ruling was “a step backward.” || named_person
told || Nancy Northup, the group’s president || the decision would “protect women in every state.” || named_person
said || The group || it would challenge similar laws in Wisconsin, Alabama and Mississippi within weeks || named_org
said || Hillary Clinton, the presumptive Democratic nominee || the ruling was “a victory for women across America.” || named_person
said || Anti-abortion activists outside the court || they would press states to pass new restrictions || anonymous
believe || Some legal scholars || the decision will make it harder for states to defend other laws || anonymous
said || one constitutional law professor at the University of Texas, who asked not to be named because she had advised the state || “The standard is now much clearer,” || anonymous
""")

# ---------------------------------------------------------------- n11 (curly quotes)
art("n11", """
Trump Campaign Shake-Up Leaves Staff on Edge

NEW YORK — Donald J. Trump fired his campaign manager, Corey Lewandowski, on Monday, ending a months-long power struggle inside the campaign. Mr. Lewandowski, a former New Hampshire police officer who had never run a national race, had been with the candidate since January 2015.

A campaign spokeswoman, Hope Hicks, said in a statement that the campaign was “grateful to Corey for his hard work and loyalty.”

The former campaign manager told CNN hours later that he remained “a supporter of Mr. Trump, period.” “It’s been an honor,” the 42-year-old said. “I’ll be voting for him in November.”

The move leaves Paul Manafort, the campaign chairman hired in March, firmly in charge. According to two people close to the campaign, the chairman had complained for weeks that Mr. Lewandowski was undermining him with the candidate’s children.

The Associated Press reported, citing a person familiar with the decision, that Mr. Trump’s daughter Ivanka and her husband, Jared Kushner, had pressed for the firing.

Mr. Manafort told reporters at Trump Tower that the campaign would now “pivot to the general election.” The chairman said he expected to hire dozens of staff members in battleground states.

The mood at the headquarters was tense on Monday. One aide, who was not authorized to speak publicly, said several people on the fifth floor had updated their résumés. “Nobody knows who is next,” the aide said.

The billionaire himself appeared unbothered. “We’re going to have a very smooth campaign,” he said in an interview on Fox News. “Corey is a good man.”

The news reached Washington quickly. Speaker Paul D. Ryan said he hoped the shake-up would bring “more discipline” to the campaign.

Federal Election Commission filings released on Monday showed that the campaign had just $1.3 million in cash at the end of May. The Clinton campaign, by contrast, reported $42 million on hand.
""", """
said || A campaign spokeswoman, Hope Hicks || the campaign was “grateful to Corey for his hard work and loyalty.” || named_person
told || The former campaign manager || he remained “a supporter of Mr. Trump, period.” || named_person
said || the 42-year-old || “It’s been an honor,” ## “I’ll be voting for him in November.” || named_person
According to || two people close to the campaign || the chairman had complained for weeks that Mr. Lewandowski was undermining him with the candidate’s children || anonymous
reported || The Associated Press || Mr. Trump’s daughter Ivanka and her husband, Jared Kushner, had pressed for the firing || media
told || Mr. Manafort || the campaign would now “pivot to the general election.” || named_person
said || The chairman || he expected to hire dozens of staff members in battleground states || named_person
said || One aide, who was not authorized to speak publicly || several people on the fifth floor had updated their résumés || anonymous
said || the aide || “Nobody knows who is next,” || anonymous
said || he || “We’re going to have a very smooth campaign,” ## “Corey is a good man.” || named_person
said || Speaker Paul D. Ryan || he hoped the shake-up would bring “more discipline” to the campaign || named_person
showed || Federal Election Commission filings released on Monday || the campaign had just $1.3 million in cash at the end of May || document
reported || The Clinton campaign || $42 million on hand || named_org
""")

# ---------------------------------------------------------------- n12 (curly quotes)
art("n12", """
Zika Funding Stalls as Congress Leaves for Recess

WASHINGTON — Congress left for a seven-week summer recess on Thursday without approving money to fight the Zika virus. It was announced on Friday that the first locally transmitted cases in the continental United States had been found in a Miami neighborhood.

Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention, said on Thursday that the agency would run out of money for its Zika response by the end of September. “We are scraping the bottom of the barrel,” the director told reporters on a conference call.

The agency has already shifted money from cancer and heart disease programs, according to a letter it sent to lawmakers last month. The agency has said it needs $1.9 billion to fight the virus through next year.

Speaker Paul D. Ryan said Democrats were responsible for the impasse. “They chose politics over public health,” the Wisconsin Republican said at a news conference.

The dispute centers on a Republican bill that would bar Planned Parenthood clinics in Puerto Rico from receiving the money. Representative Nancy Pelosi of California, the minority leader, said the provision was “a poison pill, and they know it.” The California Democrat told reporters that her caucus would not support “a bill written to fail.”

The White House also weighed in. Josh Earnest, the press secretary, said Republicans had “left town without doing their job.” He told reporters that President Obama would keep shifting money within the Department of Health and Human Services. The department said in a statement that it had moved $81 million from other programs.

The delay has put House Republicans from Florida in an awkward spot. “My constituents are scared, and we went home,” said Representative Carlos Curbelo, a Miami Republican. Two other Florida Republicans said they would push for a vote as soon as the House returns in September.

A Congressional Budget Office estimate released in June found that the Republican bill would cost $1.1 billion over three years. Sean Spicer, the Republican National Committee’s chief strategist, wrote on Twitter that Democrats had “voted against fighting Zika.”
""", """
was announced || - || the first locally transmitted cases in the continental United States had been found in a Miami neighborhood || unknown
said || Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention || the agency would run out of money for its Zika response by the end of September || named_person
told || the director || “We are scraping the bottom of the barrel,” || named_person
according to || a letter it sent to lawmakers last month || The agency has already shifted money from cancer and heart disease programs || document
has said || The agency @@ The agency has said || it needs $1.9 billion to fight the virus through next year || named_org
said || Speaker Paul D. Ryan || Democrats were responsible for the impasse || named_person
said || the Wisconsin Republican || “They chose politics over public health,” || named_person
said || Representative Nancy Pelosi of California, the minority leader || the provision was “a poison pill, and they know it.” || named_person
told || The California Democrat || her caucus would not support “a bill written to fail.” || named_person
said || Josh Earnest, the press secretary || Republicans had “left town without doing their job.” || named_person
told || He || President Obama would keep shifting money within the Department of Health and Human Services || named_person
said || The department || it had moved $81 million from other programs || named_org
said || Representative Carlos Curbelo, a Miami Republican || “My constituents are scared, and we went home,” || named_person
said || Two other Florida Republicans || they would push for a vote as soon as the House returns in September || anonymous
found || A Congressional Budget Office estimate released in June || the Republican bill would cost $1.1 billion over three years || document
wrote || Sean Spicer, the Republican National Committee’s chief strategist || Democrats had “voted against fighting Zika.” || named_person
""")

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "“”‘’"


def _word_ok(text, s, e):
    if text[s].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    return not (text[e - 1].isalnum() and e < len(text) and text[e].isalnum())


def _occ(text, needle, word=True):
    out, i = [], text.find(needle)
    while i >= 0:
        if not word or _word_ok(text, i, i + len(needle)):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def _para(text, pos):
    return text.count("\n\n", 0, pos + 1) if pos < len(text) else None


def _para_of(text, s):
    # index of the paragraph containing offset s
    return len(re.findall(r"\n\n", text[:s]))


def _ctx(text, spec):
    """'span @@ context' -> (start,end) fixed by context, or None if no context."""
    if " @@ " not in spec:
        return spec, None
    span, ctx = spec.split(" @@ ", 1)
    occ = _occ(text, ctx, word=False)
    assert len(occ) == 1, f"context not unique ({len(occ)}): {ctx!r}"
    inner = ctx.find(span)
    assert inner >= 0, f"span {span!r} not in context {ctx!r}"
    s = occ[0] + inner
    return span, (s, s + len(span))


def _overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def _dist(a, spans):
    return min(max(b[0] - a[1], a[0] - b[1], 0) for b in spans)


def _nearest(text, spec, anchors, avoid, what):
    span, fixed = _ctx(text, spec)
    if fixed:
        return fixed
    paras = {_para_of(text, a[0]) for a in anchors} | {_para_of(text, a[1] - 1) for a in anchors}
    cands = []
    for s in _occ(text, span):
        c = (s, s + len(span))
        if _overlaps(c, avoid) or _para_of(text, s) not in paras:
            continue
        cands.append((_dist(c, anchors), c))
    assert cands, f"no {what} candidate for {span!r}"
    cands.sort()
    assert len(cands) == 1 or cands[0][0] < cands[1][0], f"tie for {what} {span!r}"
    return cands[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def build_doc(doc_id, text, ann):
    atts = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, line
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, typ
        frags = []
        for f in con_s.split(" ## "):
            f, fixed = _ctx(text, f)
            if fixed is None:
                occ = _occ(text, f, word=False)
                assert len(occ) == 1, f"{doc_id}: content fragment not unique ({len(occ)}): {f!r}"
                fixed = (occ[0], occ[0] + len(f))
            frags.append(fixed)
        frags.sort()
        cue = _nearest(text, cue_s, frags, frags, "cue")
        src = None
        if src_s != "-":
            src = _nearest(text, src_s, [cue], frags + [cue], "source")
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        # checks
        assert rec["cue"]["text"] == cue_s.split(" @@ ")[0]
        if src:
            assert rec["source"]["text"] == src_s.split(" @@ ")[0]
        for (s, e) in frags:
            t = text[s:e]
            assert t == t.strip() and not t.startswith("that "), (doc_id, t)
            assert not t.endswith(".") or t[-2:] in (".\"", ".”") or t.endswith("\u201d") or t[-1] in "\"”", (doc_id, t)
        if src_s == "-":
            assert typ == "unknown"
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    # no two attributions share a cue span
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(cues) == len(set(cues)), (doc_id, sorted(c for c in cues if cues.count(c) > 1), [a["content"]["text"][:40] for a in atts if cues.count((a["cue"]["start"], a["cue"]["end"])) > 1])
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def _check_text(doc_id, text, idx):
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip(), f"{doc_id}: headline + blank line"
    n = len(re.findall(r"\S+", text))
    assert 300 <= n <= 500, f"{doc_id}: {n} words"
    if idx < 6:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight half"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
        assert "“" in text and "”" in text
    return n


def build():
    recs = []
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        _check_text(doc_id, text, i)
        recs.append(build_doc(doc_id, text, ann))
    assert [r["doc_id"] for r in recs] == [f"n{i:02d}" for i in range(1, 13)]
    for r in recs:
        t = r["text"]
        for a in r["attributions"]:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp:
                    assert t[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert a["content"]["start"] <= s < e <= a["content"]["end"]
    return recs


def review(recs):
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(re.findall(r"\S+", t)), "words")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, t.rfind("\n", 0, lo) + 1)
            hi2 = t.find("\n", hi)
            hi = len(t) if hi2 < 0 else hi2
            out, prev = [], lo
            for pos, m in sorted(marks):
                out.append(t[prev:pos])
                out.append(m)
                prev = pos
            out.append(t[prev:hi])
            print(f"- {a['source_type']}: " + "".join(out).replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind36.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
