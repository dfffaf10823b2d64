#!/usr/bin/env python3
"""Build ``blind50.jsonl``: the fiftieth batch of blind test articles (session 17).

10 invented stories of hearings, trials and investigations, where a named protagonist returns as
'he', 'she' or a description after unnamed people spoke, each with 18-21 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind50/build_blind50.py [--check]`` (``--check``: exit 1 if
blind50.jsonl is stale).

The helper's own notes on the format follow.

Blind test set r201-r210: invented 2016-style news articles on hearings,
trials and investigations, with hand annotations of attributions.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * CONTENT fragments of a split quote are separated by ' ## '.
  * SOURCE '-' means no source (null).
  * Any field may pin its occurrence with a unique context: 'text <<target>> text'
    (the context with the markers removed must occur exactly once).
  * Without a context: the first content fragment must be unique in the text;
    later fragments are the first occurrence after the previous fragment;
    the cue is the occurrence nearest to the content (outside its fragments);
    the source is the occurrence nearest to the cue (outside cue and content).
Offsets are computed, never typed. Articles r206-r210 are written here with
straight quotes and converted to curly quotes character by character (one
character for one), so the offsets computed on the straight text stay valid.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, curly, text, ann):
    ARTICLES.append(dict(doc_id=doc_id, curly=curly, text=text.strip("\n") + "\n", ann=ann))


# ---------------------------------------------------------------- r201
art("r201", False, r'''
Comey Faces Republican Anger at House Hearing on Clinton Email Inquiry

WASHINGTON -- FBI Director James B. Comey told a House committee on Thursday that his agents had found no evidence that Hillary Clinton intended to break the law, in a day of testimony that did little to cool a fight now certain to follow the Democratic nominee into the fall campaign.

"We did it the way it should be done," Comey said in nearly five hours of testimony before the House Oversight and Government Reform Committee. "I know there are people who disagree, but the investigation was honest and it was thorough."

The chairman, Rep. Jason Chaffetz of Utah, opened the hearing by saying the public deserved to understand why a former secretary of state who mishandled classified material would face no charges. Chaffetz has argued for weeks that the bureau held Clinton to a lower standard than it would an ordinary government employee.

"If your name were not Clinton, you would be in handcuffs," the chairman told Comey at one point, drawing groans from Democrats seated to his left.

The hearing was called only two days after Comey closed the year-long investigation at a news conference in Washington, a step that broke with the bureau's usual practice of staying silent about cases it ends without charges.

A committee aide said Thursday evening that Republicans were weighing a request that the Justice Department open a perjury inquiry into Clinton's earlier testimony to the Benghazi committee. He said no decision would be made before next week.

In the afternoon session, the director conceded that Clinton's lawyers had not turned over every work-related email. But he said agents had found no sign that messages were deleted "to conceal them from us."

Rep. Elijah E. Cummings of Maryland, the committee's ranking Democrat, said the hearing was "a political exercise dressed up as oversight." He said Republicans had called the director to testify only because "they did not like the answer."

The Clinton campaign said the testimony put the matter to rest. "Director Comey made clear again today that this matter is closed," Brian Fallon, a spokesman for the campaign, said in a statement.

A person familiar with the bureau's inquiry said agents had interviewed more than a dozen current and former State Department employees before the director made his recommendation, and that several of them had described the private server as common knowledge within Clinton's office.

Late in the day, the witness grew testy. Rep. Trey Gowdy of South Carolina said the bureau had "rewritten the statute" to spare a presidential candidate, and Comey replied that no prosecutor had brought a case like Clinton's without evidence of intent. "That is not a close call," he said.

The exchange was the sharpest of the hearing, and several Republicans on the panel lined up afterward to repeat Gowdy's line of questioning, pressing the director on the number of classified emails, the devices Clinton had used and the lawyers who had sorted her messages.

Many Republicans believe the testimony will keep the email controversy alive through the fall. A Quinnipiac University poll released last week found that 56 percent of voters disagreed with the bureau's decision not to recommend charges.

Back in the hearing room, the chairman said he would ask the bureau to turn over its notes of Clinton's July interview. Comey said he would "do what the law allows."
''', r'''
told || FBI Director James B. Comey || his agents had found no evidence that Hillary Clinton intended to break the law || named_person
said || Comey || "We did it the way it should be done," ## "I know there are people who disagree, but the investigation was honest and it was thorough." || named_person
saying || The chairman, Rep. Jason Chaffetz of Utah || the public deserved to understand why a former secretary of state who mishandled classified material would face no charges || named_person
has argued || Chaffetz || the bureau held Clinton to a lower standard than it would an ordinary government employee || named_person
told || the chairman || "If your name were not Clinton, you would be in handcuffs," || named_person
<<said>> Thursday evening that Republicans || A committee aide || Republicans were weighing a request that the Justice Department open a perjury inquiry into Clinton's earlier testimony to the Benghazi committee || anonymous
said || He || no decision would be made before next week || anonymous
conceded || the director || Clinton's lawyers had not turned over every work-related email || named_person
said || he || agents had found no sign that messages were deleted "to conceal them from us." || named_person
said || Rep. Elijah E. Cummings of Maryland, the committee's ranking Democrat || the hearing was "a political exercise dressed up as oversight." || named_person
said || He || Republicans had called the director to testify only because "they did not like the answer." || named_person
said || The Clinton campaign || the testimony put the matter to rest || named_org
campaign, <<said>> in a statement || Brian Fallon, a spokesman for the campaign || "Director Comey made clear again today that this matter is closed," || named_person
said || A person familiar with the bureau's inquiry || agents had interviewed more than a dozen current and former State Department employees before the director made his recommendation, and that several of them had described the private server as common knowledge within Clinton's office || anonymous
said || Rep. Trey Gowdy of South Carolina || the bureau had "rewritten the statute" to spare a presidential candidate || named_person
replied || Comey || no prosecutor had brought a case like Clinton's without evidence of intent || named_person
said || he || "That is not a close call," || named_person
believe || Many Republicans || the testimony will keep the email controversy alive through the fall || anonymous
found || A Quinnipiac University poll released last week || 56 percent of voters disagreed with the bureau's decision not to recommend charges || document
said || the chairman || he would ask the bureau to turn over its notes of Clinton's July interview || named_person
said || Comey || he would "do what the law allows." || named_person
''')

# ---------------------------------------------------------------- r202
art("r202", False, r'''
Inspector General Faces Senators Over Report on State Department Email

WASHINGTON -- The State Department's inspector general, Steve A. Linick, told senators on Tuesday that his office had found "longstanding, systemic weaknesses" in how the department preserved the email of its most senior officials, and he said the problem predated Hillary Clinton's tenure but grew worse during it.

The 83-page report the office released in May concluded that Clinton had not sought permission to use a private server and that department officials "would not have approved" the arrangement had she asked.

"We did not find that anyone asked the question, and that is a problem," Linick said. "Rules are only as good as the people who follow them."

Sen. Bob Corker of Tennessee, the committee's Republican chairman, said the findings contradicted Clinton's repeated assurances that her arrangement was allowed. Corker said he planned to ask the department for the records of two technology staffers who raised concerns in 2010.

According to the report, one of those staffers was told by a supervisor that the matter should never be raised again.

A State Department official who has worked on the records issue said the department had since tightened its rules, requiring senior officials to certify each year that they use only government accounts for official business. The official said the changes were "a direct response" to the inspector general's findings.

Later, under questioning from Sen. Ben Cardin of Maryland, the top Democrat on the panel, he acknowledged that his office had not interviewed Clinton or several of her closest aides, who declined requests.

Cardin said the report "tells us what we already knew." Republicans, he said, were "turning a records problem into a criminal case."

The hearing, in a wood-paneled room on the fourth floor of the Dirksen building, drew a larger crowd than the committee's usual sessions on treaties and nominations. Several rows were filled with congressional staff members and with reporters who had covered the email story since it first broke in March of last year.

A lawyer for one of Clinton's former aides said his client had been "completely candid" with investigators and had relied on guidance from the department's own technology office. He said the report mischaracterized several of those conversations.

The Clinton campaign has said that the former secretary of state's use of personal email was consistent with the practices of her predecessors. Her spokesman, Brian Fallon, said Tuesday that the hearing "shed no new light on anything."

Donald J. Trump, the presumptive Republican nominee, wrote on Twitter that the inspector general's report proved Clinton was "unfit to serve."

Back before the committee in the afternoon, the inspector general declined to say whether he believed Clinton had broken any rules knowingly. "That is not a question my office is equipped to answer," he said.

Linick, a former federal prosecutor who took the job in 2013, has largely avoided the spotlight during the email controversy, and he spent much of the afternoon walking senators through the department's records schedules and the forms that departing officials are required to sign.

Politico reported last week that the Justice Department had requested a copy of the inspector general's underlying interview notes. A Justice Department spokesman declined to comment.

The committee plans a second session on the report next month, after the department responds to a list of written questions.
''', r'''
told || The State Department's inspector general, Steve A. Linick || his office had found "longstanding, systemic weaknesses" in how the department preserved the email of its most senior officials || named_person
said || he || the problem predated Hillary Clinton's tenure but grew worse during it || named_person
concluded || The 83-page report the office released in May || Clinton had not sought permission to use a private server and that department officials "would not have approved" the arrangement had she asked || document
said || Linick || "We did not find that anyone asked the question, and that is a problem," ## "Rules are only as good as the people who follow them." || named_person
said || Sen. Bob Corker of Tennessee, the committee's Republican chairman || the findings contradicted Clinton's repeated assurances that her arrangement was allowed || named_person
said || Corker || he planned to ask the department for the records of two technology staffers who raised concerns in 2010 || named_person
According to || the report || one of those staffers was told by a supervisor that the matter should never be raised again || document
said || A State Department official who has worked on the records issue || the department had since tightened its rules, requiring senior officials to certify each year that they use only government accounts for official business || anonymous
said || The official || the changes were "a direct response" to the inspector general's findings || anonymous
acknowledged || he || his office had not interviewed Clinton or several of her closest aides, who declined requests || named_person
said || Cardin || the report "tells us what we already knew." || named_person
said || he || Republicans ## were "turning a records problem into a criminal case." || named_person
said || A lawyer for one of Clinton's former aides || his client had been "completely candid" with investigators and had relied on guidance from the department's own technology office || anonymous
said || He || the report mischaracterized several of those conversations || anonymous
has said || The Clinton campaign || the former secretary of state's use of personal email was consistent with the practices of her predecessors || named_org
said || Her spokesman, Brian Fallon || the hearing "shed no new light on anything." || named_person
wrote || Donald J. Trump, the presumptive Republican nominee || the inspector general's report proved Clinton was "unfit to serve." || named_person
said || he || "That is not a question my office is equipped to answer," || named_person
reported || Politico || the Justice Department had requested a copy of the inspector general's underlying interview notes || media
''')

# ---------------------------------------------------------------- r203
art("r203", False, r'''
Former Aide Takes the Stand in Pennsylvania Bribery Trial

HARRISBURG, Pa. -- A former top aide to Gregory Paulsen, the onetime majority whip of the Pennsylvania Senate, testified on Wednesday that she personally carried envelopes of cash from a road contractor to his district office on at least four occasions in 2013.

The aide, Dana Whitlock, 34, is the government's central witness against Paulsen, who is charged with bribery, extortion and lying to federal agents. She said she did not open the envelopes but had "a pretty good idea" what was inside.

"He told me it was campaign money and not to worry about it," Whitlock told the jury. "I worried about it."

Paulsen, 61, has pleaded not guilty. His lawyer, Alan Brightman, told jurors in his opening statement that Whitlock was a disgruntled employee who had been fired for padding her expense reports and who agreed to cooperate only to avoid charges of her own.

On cross-examination Wednesday, Brightman pressed the witness on why she had not mentioned the envelopes in her first two interviews with the F.B.I. She said she had been "scared to death" of losing her job.

One spectator, a retired state employee, said outside the courtroom that the testimony "sounded like Harrisburg in the old days." He said he had come every day since jury selection.

In the afternoon, she testified that the contractor, Lawrence Faber, had handed Paulsen a folder of project bids over dinner at a steakhouse near the Capitol in the spring of 2013.

Faber pleaded guilty last year and is scheduled to take the stand next week. Prosecutors have said he will describe paying Paulsen more than $80,000 over three years.

U.S. District Judge Harold M. Ressler twice interrupted the cross-examination. "Counsel, you are arguing with the witness," the judge said. At one point he said the defense was wasting the jury's time.

Outside the courthouse, Brightman said the judge's comments were "unfortunate" but that he expected the jury to focus on the evidence. "Dana Whitlock has told four different stories," he said. "The jury will hear all four."

A spokeswoman for the U.S. attorney's office in Harrisburg said the office does not comment on ongoing trials.

A person close to Paulsen's defense said the former senator was considering testifying in his own defense. The person spoke on condition of anonymity because the defense strategy has not been settled.

Leaving court, the former senator told reporters he was "at peace" and "looking forward to telling my side."

The case is the latest in a string of corruption prosecutions that have touched the Capitol in Harrisburg over the past decade, from the bonus scandal that sent several legislative leaders to prison to a sting operation that ensnared members of the Philadelphia delegation. Paulsen, who represented a district north of Pittsburgh for 18 years, resigned his seat in 2015, a week after he was indicted.

Gov. Tom Wolf, a Democrat, has said the case shows the need for stricter gift rules in the legislature. Republican leaders in the Senate have said they believe the charges against Paulsen should be left to the jury.

The trial, which began with jury selection on Monday of last week, is scheduled to run at least three more weeks.
''', r'''
testified || A former top aide to Gregory Paulsen, the onetime majority whip of the Pennsylvania Senate || she personally carried envelopes of cash from a road contractor to his district office on at least four occasions in 2013 || named_person
said || She || she did not open the envelopes but had "a pretty good idea" what was inside || named_person
told || Whitlock || "He told me it was campaign money and not to worry about it," ## "I worried about it." || named_person
told || His lawyer, Alan Brightman || Whitlock was a disgruntled employee who had been fired for padding her expense reports and who agreed to cooperate only to avoid charges of her own || named_person
said || She || she had been "scared to death" of losing her job || named_person
said || One spectator, a retired state employee || the testimony "sounded like Harrisburg in the old days." || anonymous
said || He || he had come every day since jury selection || anonymous
testified || she || the contractor, Lawrence Faber, had handed Paulsen a folder of project bids over dinner at a steakhouse near the Capitol in the spring of 2013 || named_person
have said || Prosecutors || he will describe paying Paulsen more than $80,000 over three years || anonymous
said || the judge || "Counsel, you are arguing with the witness," || named_person
said || he || the defense was wasting the jury's time || named_person
said || Brightman || the judge's comments were "unfortunate" but that he expected the jury to focus on the evidence || named_person
said || he || "Dana Whitlock has told four different stories," ## "The jury will hear all four." || named_person
said || A spokeswoman for the U.S. attorney's office in Harrisburg || the office does not comment on ongoing trials || anonymous
said || A person close to Paulsen's defense || the former senator was considering testifying in his own defense || anonymous
told || the former senator || he was "at peace" and "looking forward to telling my side." || named_person
has said || Gov. Tom Wolf, a Democrat || the case shows the need for stricter gift rules in the legislature || named_person
have said || Republican leaders in the Senate || they believe the charges against Paulsen should be left to the jury || anonymous
''')

# ---------------------------------------------------------------- r204
art("r204", False, r'''
Judge in Trump University Case Sets Trial for After Election

SAN DIEGO -- The federal judge overseeing a class-action lawsuit against Trump University said on Friday that the case would go to trial on Nov. 28, three weeks after the presidential election.

The judge, Gonzalo P. Curiel, said during a 40-minute hearing that he saw "no good reason" for further delay. Trump, the Republican presidential nominee, could be called as a witness.

Trump's lawyer, Daniel M. Petrocelli, argued that a trial in the weeks after the election would be "an enormous distraction" no matter who won the presidency. "We are not asking for special treatment," Petrocelli said. "We are asking for a calendar that makes sense."

A lawyer for the former students who brought the suit said her clients had "waited six years for their day in court" and would not agree to any further postponement. She said many of them were retirees who had spent their savings on real estate seminars costing as much as $35,000.

From the bench, he said he would not revisit a schedule the parties had agreed to in the spring.

Trump has said repeatedly that Curiel, who was born in Indiana to Mexican immigrants, cannot treat him fairly because of his heritage. The judge did not address those comments on Friday, and the hearing passed without any mention of the campaign.

A person familiar with the settlement discussions said the two sides had met twice in recent months with a retired magistrate but remained "far apart." The person said Trump would not settle a case he believes he can win.

Some of Trump's advisers think the trial date could help him by keeping the case out of the news until after the election.

At a rally in Florida on Thursday night, Trump said the lawsuit was "a total disgrace" and predicted he would "win it easily."

The Clinton campaign said in a statement that the trial date meant voters would go to the polls "without knowing the full truth" about Trump University.

The school, which operated from 2005 to 2010, offered three-day seminars and year-long mentorships that carried Trump's name and, in its advertising, his photograph. Former students who joined the suit paid for packages ranging from a few hundred dollars to more than $30,000.

A filing the plaintiffs submitted this month said more than 7,000 former students had joined the class.

The New York attorney general, Eric T. Schneiderman, has argued in a separate lawsuit that the school's instructors were salesmen rather than teachers. That case is pending in state court in Manhattan.

Petrocelli told reporters outside the courthouse that his client "looks forward to trial."

Late in the hearing, the judge said both sides should prepare for the possibility that the president-elect would be a witness. "Whatever happens on Nov. 8, this case is going forward," Curiel said.

The courtroom, on the fourth floor of the federal building downtown, was nearly full for the hearing. About a dozen former students sat in the gallery, along with lawyers for both sides and reporters who had flown in from Los Angeles and Washington.

A second lawsuit over the school, brought on behalf of students across the country, is also pending before Curiel. He has scheduled a status conference in that case for October.
''', r'''
said || The federal judge overseeing a class-action lawsuit against Trump University || the case would go to trial on Nov. 28 || named_person
said || The judge, Gonzalo P. Curiel || he saw "no good reason" for further delay || named_person
argued || Trump's lawyer, Daniel M. Petrocelli || a trial in the weeks after the election would be "an enormous distraction" no matter who won the presidency || named_person
said || Petrocelli || "We are not asking for special treatment," ## "We are asking for a calendar that makes sense." || named_person
said || A lawyer for the former students who brought the suit || her clients had "waited six years for their day in court" and would not agree to any further postponement || anonymous
said || She || many of them were retirees who had spent their savings on real estate seminars costing as much as $35,000 || anonymous
said || he || he would not revisit a schedule the parties had agreed to in the spring || named_person
has said || Trump || Curiel, who was born in Indiana to Mexican immigrants, cannot treat him fairly because of his heritage || named_person
said || A person familiar with the settlement discussions || the two sides had met twice in recent months with a retired magistrate but remained "far apart." || anonymous
said || The person || Trump would not settle a case he believes he can win || anonymous
think || Some of Trump's advisers || the trial date could help him by keeping the case out of the news until after the election || anonymous
said || Trump || the lawsuit was "a total disgrace" || named_person
predicted || <<Trump>> said the lawsuit || he would "win it easily." || named_person
said || The Clinton campaign || the trial date meant voters would go to the polls "without knowing the full truth" about Trump University || named_org
said || A filing the plaintiffs submitted this month || more than 7,000 former students had joined the class || document
has argued || The New York attorney general, Eric T. Schneiderman || the school's instructors were salesmen rather than teachers || named_person
told || Petrocelli || his client "looks forward to trial." || named_person
said || the judge || both sides should prepare for the possibility that the president-elect would be a witness || named_person
said || Curiel || "Whatever happens on Nov. 8, this case is going forward," || named_person
''')

# ---------------------------------------------------------------- r205
art("r205", False, r'''
Snyder and E.P.A. Chief Face House Panel Over Flint Water Crisis

WASHINGTON -- Gov. Rick Snyder of Michigan told a House committee on Thursday that he was "so sorry" for the lead contamination of Flint's drinking water, but he said the disaster was the fault of "bureaucrats who put technical compliance ahead of common sense."

Sitting beside him, Gina McCarthy, the administrator of the Environmental Protection Agency, said her agency had pressed state officials for months to treat the water to prevent corrosion. "We were misled," she said.

The hearing, the committee's third on Flint, was at times raucous. The chairman, Rep. Jason Chaffetz of Utah, told McCarthy she should resign, and Rep. Elijah E. Cummings of Maryland, the top Democrat, said the governor had "failed the people of Flint at every turn."

A woman from Flint who traveled to Washington with a church group stood as the governor entered and shouted that he should be in jail. She said afterward that her two children had elevated lead levels in their blood.

In his opening statement, the governor said he had relied on state environmental experts for more than a year and that they had gotten the science wrong.

"I kick myself every day," Snyder said. "I should have asked more questions."

A committee aide said Republicans on the panel planned to release additional emails from the governor's office next week. The aide said the documents would raise "serious questions" about when Snyder first learned of the problem.

Later in the hearing, he insisted he had acted as soon as he learned of the lead readings in October.

Flint, a city of about 100,000 people an hour north of Detroit, switched its water source to the Flint River in 2014 while it was under the control of a state-appointed emergency manager. Within weeks the water coming out of many taps had turned brown, and lead levels in the blood of young children rose sharply over the following year.

Many Democrats in Michigan believe Snyder should resign, and a poll by EPIC-MRA released this month found that 69 percent of Michigan voters disapproved of his handling of the crisis.

A person familiar with the E.P.A.'s internal review said the agency's regional office in Chicago had been aware of the missing corrosion control by April 2015 but did not issue an emergency order until January.

Back at the witness table, the administrator said her staff had acted within the limits of the law. "We did not sit on our hands," McCarthy said. "We used every tool we had."

Hillary Clinton, who has made Flint a theme of her campaign, said in a statement that both the state and federal governments "owe the families of Flint answers and action."

The hearing ran for nearly four hours, and by its end the two witnesses had been questioned by almost every member of the committee. Both witnesses were excused shortly after 2 p.m., and the chairman adjourned the hearing without scheduling another.

Outside the Rayburn building, a group of Flint residents held up plastic jugs of brown water for television cameras before boarding a bus for the ten-hour ride home.
''', r'''
told || Gov. Rick Snyder of Michigan || he was "so sorry" for the lead contamination of Flint's drinking water || named_person
said || he || the disaster was the fault of "bureaucrats who put technical compliance ahead of common sense." || named_person
said || Gina McCarthy, the administrator of the Environmental Protection Agency || her agency had pressed state officials for months to treat the water to prevent corrosion || named_person
said || she || "We were misled," || named_person
told || The chairman, Rep. Jason Chaffetz of Utah || she should resign || named_person
said || Rep. Elijah E. Cummings of Maryland, the top Democrat || the governor had "failed the people of Flint at every turn." || named_person
shouted || A woman from Flint who traveled to Washington with a church group || he should be in jail || anonymous
said || She || her two children had elevated lead levels in their blood || anonymous
said || the governor || he had relied on state environmental experts for more than a year and that they had gotten the science wrong || named_person
said || Snyder || "I kick myself every day," ## "I should have asked more questions." || named_person
said || A committee aide || Republicans on the panel planned to release additional emails from the governor's office next week || anonymous
said || The aide || the documents would raise "serious questions" about when Snyder first learned of the problem || anonymous
insisted || he || he had acted as soon as he learned of the lead readings in October || named_person
believe || Many Democrats in Michigan || Snyder should resign || anonymous
found || a poll by EPIC-MRA released this month || 69 percent of Michigan voters disapproved of his handling of the crisis || document
said || A person familiar with the E.P.A.'s internal review || the agency's regional office in Chicago had been aware of the missing corrosion control by April 2015 but did not issue an emergency order until January || anonymous
said || the administrator || her staff had acted within the limits of the law || named_person
said || McCarthy || "We did not sit on our hands," ## "We used every tool we had." || named_person
said || Hillary Clinton, who has made Flint a theme of her campaign || both the state and federal governments "owe the families of Flint answers and action." || named_person
''')

# ---------------------------------------------------------------- r206 (curly)
art("r206", True, r'''
Mylan Chief Faces Lawmakers' Anger Over EpiPen Prices

WASHINGTON -- The chief executive of Mylan, Heather Bresch, told a House committee on Wednesday that her company makes about $100 in profit on each two-pack of EpiPens, a figure that drew open skepticism from lawmakers in both parties.

"I wish we had better anticipated the impact on the families," Bresch said. "We never intended for anyone not to get their EpiPen."

The chairman, Rep. Jason Chaffetz of Utah, said the company's explanation "doesn't add up." He said the committee would ask Mylan to provide a full breakdown of its costs within two weeks.

Mylan has raised the list price of the allergy injector from about $100 in 2007 to more than $600. According to an analysis by the committee's Democratic staff, the company's revenue from the device grew to more than $1 billion last year.

A mother from Virginia who sat in the front row with her 9-year-old son said she had paid $640 for a pack of EpiPens in August. She said the hearing was the first time she felt "anybody in Washington was listening."

After a short recess, the chief executive returned to the table and said the company would soon begin selling a generic version at half the price.

Rep. Elijah E. Cummings of Maryland, the ranking Democrat, said the generic was "a public relations move" that would still leave Mylan with enormous profits. "You have been caught," he told the witness. "Now you are trying to change the subject."

Analysts who follow the company said the generic would do little to hurt its bottom line. One analyst at a New York investment bank said the move was "smart damage control." He spoke on the condition that he not be named because his firm does business with Mylan.

Bresch, the daughter of Senator Joe Manchin, a West Virginia Democrat, has said she is being singled out for practices that are common across the industry. In a television interview last month, she said the health care system was "broken."

Manchin himself has been largely silent. A spokesman for the senator said Wednesday that he had "complete confidence" in his daughter's intention to make the device affordable.

Hillary Clinton has said the price increases are "outrageous and unjustified." Donald J. Trump said last week that drug companies have "too much power in Washington."

Near the end of the five-hour session, she told Chaffetz that Mylan would "consider" a further price cut but made no commitment.

The Wall Street Journal reported this week that the Justice Department was examining whether Mylan had misclassified the EpiPen to pay lower rebates to Medicaid. A Mylan spokeswoman said the company had "always followed the rules."

The EpiPen, a spring-loaded syringe that delivers a dose of epinephrine to people suffering severe allergic reactions, has been on the market since the 1980s. Mylan acquired the rights to the device in 2007 and began raising its price steadily after a 2013 federal law offered grants to states whose schools kept the injectors on hand.

Parents' groups, some of which have received donations from the company, have been divided over how hard to push. Several of them held a news conference outside the Rayburn building before the hearing began, carrying signs and handing out a fact sheet on the cost of the device in other countries.
''', r'''
told || The chief executive of Mylan, Heather Bresch || her company makes about $100 in profit on each two-pack of EpiPens || named_person
said || Bresch || "I wish we had better anticipated the impact on the families," ## "We never intended for anyone not to get their EpiPen." || named_person
said || The chairman, Rep. Jason Chaffetz of Utah || the company's explanation "doesn't add up." || named_person
said || He || the committee would ask Mylan to provide a full breakdown of its costs within two weeks || named_person
According to || an analysis by the committee's Democratic staff || the company's revenue from the device grew to more than $1 billion last year || document
said || A mother from Virginia who sat in the front row with her 9-year-old son || she had paid $640 for a pack of EpiPens in August || anonymous
said || She || the hearing was the first time she felt "anybody in Washington was listening." || anonymous
said || the chief executive || the company would soon begin selling a generic version at half the price || named_person
said || Rep. Elijah E. Cummings of Maryland, the ranking Democrat || the generic was "a public relations move" that would still leave Mylan with enormous profits || named_person
told || he || "You have been caught," ## "Now you are trying to change the subject." || named_person
said || Analysts who follow the company || the generic would do little to hurt its bottom line || anonymous
said || One analyst at a New York investment bank || the move was "smart damage control." || anonymous
has said || Bresch, the daughter of Senator Joe Manchin, a West Virginia Democrat || she is being singled out for practices that are common across the industry || named_person
said || she || the health care system was "broken." || named_person
said || A spokesman for the senator || he had "complete confidence" in his daughter's intention to make the device affordable || anonymous
has said || Hillary Clinton || the price increases are "outrageous and unjustified." || named_person
said || Donald J. Trump || drug companies have "too much power in Washington." || named_person
told || she || Mylan would "consider" a further price cut || named_person
reported || The Wall Street Journal || the Justice Department was examining whether Mylan had misclassified the EpiPen to pay lower rebates to Medicaid || media
said || A Mylan spokeswoman || the company had "always followed the rules." || anonymous
''')

# ---------------------------------------------------------------- r207 (curly)
art("r207", True, r'''
Wells Fargo Chief Faces Senators Over Sham Accounts

WASHINGTON -- John G. Stumpf, the chairman and chief executive of Wells Fargo, told senators on Tuesday that he was "deeply sorry" that employees had opened as many as two million accounts without customers' permission, but he said the bank's sales culture was not to blame.

"There was no orchestrated effort, no scheme," Stumpf said. "This was wrong, and it should never have happened."

Sen. Elizabeth Warren of Massachusetts said the bank had "built a machine to cheat its own customers" and that Stumpf should give back millions of dollars in stock awards. "You keep saying you are accountable," she told him. "What have you actually given up?"

The chairman of the Senate Banking Committee, Richard C. Shelby of Alabama, said the episode had "shaken the confidence" of Wells Fargo's customers.

A former Wells Fargo branch employee from Los Angeles, who traveled to Washington to watch the hearing, said managers had pressed her to sell at least five products to every customer who walked in. She said she was fired in 2013 after calling the bank's ethics hotline.

Later, the chief executive said the bank had fired about 5,300 employees over five years for improper sales practices, most of them tellers and bankers in branches.

Sen. Patrick J. Toomey, a Pennsylvania Republican, said it was "hard to believe" that no senior executive had known about the practice.

A Senate Banking Committee aide said Tuesday night that the committee had asked the bank for board minutes from 2011 through 2015. The aide said a second hearing "is very likely."

Back in the hearing room, he acknowledged that the board had not yet decided whether to claw back compensation from Carrie Tolstedt, the executive who ran the division where the accounts were opened.

Stumpf told the board's risk committee in 2014 that the problem had been contained, according to a person who has seen minutes of the meeting.

Two people close to the bank's board said several directors were frustrated by how the hearing had gone. They spoke on condition of anonymity because the board's deliberations are private.

The Consumer Financial Protection Bureau, which fined the bank $100 million this month, said in a statement that its investigation was continuing.

Both presidential campaigns weighed in. Hillary Clinton said on Twitter that no one at the bank should "walk away with a golden parachute." A Trump spokesman, Jason Miller, said the Republican nominee would "hold Wall Street accountable."

Shares of Wells Fargo, which had been the most valuable bank in the country by market value until this summer, fell more than 1 percent during the hearing and have lost about a tenth of their value since the settlement with regulators early this month.

As the hearing closed, the witness said he would "take full responsibility" for fixing the problem.

"I have spent 34 years at this bank," he said. "I am going to fix this."

The House Financial Services Committee has scheduled its own hearing for next week, and several Democrats on that panel have introduced a bill that would bar the bank from new federal contracts until the matter is resolved.
''', r'''
told || John G. Stumpf, the chairman and chief executive of Wells Fargo || he was "deeply sorry" that employees had opened as many as two million accounts without customers' permission || named_person
said || he || the bank's sales culture was not to blame || named_person
said || Stumpf || "There was no orchestrated effort, no scheme," ## "This was wrong, and it should never have happened." || named_person
said || Sen. Elizabeth Warren of Massachusetts || the bank had "built a machine to cheat its own customers" and that Stumpf should give back millions of dollars in stock awards || named_person
told || she || "You keep saying you are accountable," ## "What have you actually given up?" || named_person
said || The chairman of the Senate Banking Committee, Richard C. Shelby of Alabama || the episode had "shaken the confidence" of Wells Fargo's customers || named_person
said || A former Wells Fargo branch employee from Los Angeles, who traveled to Washington to watch the hearing || managers had pressed her to sell at least five products to every customer who walked in || anonymous
said || She || she was fired in 2013 after calling the bank's ethics hotline || anonymous
said || the chief executive || the bank had fired about 5,300 employees over five years for improper sales practices, most of them tellers and bankers in branches || named_person
said || Sen. Patrick J. Toomey, a Pennsylvania Republican || it was "hard to believe" that no senior executive had known about the practice || named_person
said || A Senate Banking Committee aide || the committee had asked the bank for board minutes from 2011 through 2015 || anonymous
said || The aide || a second hearing "is very likely." || anonymous
acknowledged || he || the board had not yet decided whether to claw back compensation from Carrie Tolstedt, the executive who ran the division where the accounts were opened || named_person
according to || a person who has seen minutes of the meeting || Stumpf told the board's risk committee in 2014 that the problem had been contained || anonymous
said || Two people close to the bank's board || several directors were frustrated by how the hearing had gone || anonymous
said || The Consumer Financial Protection Bureau, which fined the bank $100 million this month || its investigation was continuing || named_org
said || Hillary Clinton || no one at the bank should "walk away with a golden parachute." || named_person
said || A Trump spokesman, Jason Miller || the Republican nominee would "hold Wall Street accountable." || named_person
said || the witness || he would "take full responsibility" for fixing the problem || named_person
said || he || "I have spent 34 years at this bank," ## "I am going to fix this." || named_person
''')

# ---------------------------------------------------------------- r208 (curly)
art("r208", True, r'''
Virginia Fund-Raiser Convicted in Straw Donor Scheme

RICHMOND, Va. -- A federal jury on Friday convicted Dennis Harwell, a longtime Republican fund-raiser in Virginia, of five counts of funneling illegal contributions to a 2014 congressional campaign, ending a two-week trial in a case that had unsettled the state party's donor network.

Harwell, 58, showed no emotion as the verdict was read. His lawyer, Samuel Okafor, said outside the courthouse that his client was "disappointed but not defeated" and would appeal.

"The jury did its job, and we respect that," Okafor said. "But the law on these contributions is not as clear as the government pretends."

Prosecutors argued that Harwell reimbursed 23 friends, employees and relatives for donations totaling $61,000 to the campaign of a candidate who lost in a primary. The candidate was not charged, and prosecutors have said he did not know about the scheme.

The government's central witness was Harwell's former bookkeeper, Linda Sato. She testified last week that he had handed her a list of names and a stack of checks from his consulting firm.

One juror, a retired schoolteacher from Henrico County, said after the verdict that Sato's testimony was "the whole case." She said the jury had acquitted Harwell on two counts because the checks in question were written before Sato began working for him. "We went through every single check," she said.

During his own testimony on Wednesday, the defendant told the jury that he had believed the reimbursements were legal because a lawyer for the campaign had approved them.

The campaign's former treasurer testified on Thursday that she had never heard of Harwell's consulting firm.

In his closing argument, Assistant U.S. Attorney Peter Vance told jurors that Harwell "knew exactly what he was doing." "He did it because it worked," Vance said, "and he did it because he thought no one would check."

U.S. District Judge Maria Castellanos set sentencing for January. She said Harwell could remain free until then if he surrendered his passport.

Each count carries a maximum of five years in prison, although a person familiar with federal sentencing in campaign finance cases said Harwell was likely to receive far less.

Later, leaving the courthouse with his wife, the fund-raiser told reporters he had "no regrets" about his years raising money for Virginia Republicans.

The Republican Party of Virginia said in a statement that Harwell had not worked for the party since 2015.

The Richmond Times-Dispatch reported in March 2015 that the F.B.I. was examining contributions to the campaign.

Harwell built his business over two decades, organizing dinners, bus tours and golf outings for candidates for governor, Congress and the General Assembly, and for a time he was among the best-known Republican operatives in Richmond. At the height of his career, his firm had more than a dozen clients, and his annual barbecue in Goochland County drew hundreds of donors and most of the state's Republican officeholders.

Reached by phone on Friday evening, the bookkeeper said she was "relieved that it's over."

Sato, who pleaded guilty to a misdemeanor last year in exchange for her cooperation, is scheduled to be sentenced in November.
''', r'''
said || His lawyer, Samuel Okafor || his client was "disappointed but not defeated" and would appeal || named_person
said || Okafor || "The jury did its job, and we respect that," ## "But the law on these contributions is not as clear as the government pretends." || named_person
argued || Prosecutors || Harwell reimbursed 23 friends, employees and relatives for donations totaling $61,000 to the campaign of a candidate who lost in a primary || anonymous
have said || prosecutors || he did not know about the scheme || anonymous
testified || She || he had handed her a list of names and a stack of checks from his consulting firm || named_person
said || One juror, a retired schoolteacher from Henrico County || Sato's testimony was "the whole case." || anonymous
said || She || the jury had acquitted Harwell on two counts because the checks in question were written before Sato began working for him || anonymous
said || she || "We went through every single check," || anonymous
told || the defendant || he had believed the reimbursements were legal because a lawyer for the campaign had approved them || named_person
testified || The campaign's former treasurer || she had never heard of Harwell's consulting firm || anonymous
told || Assistant U.S. Attorney Peter Vance || Harwell "knew exactly what he was doing." || named_person
said || Vance || "He did it because it worked," ## "and he did it because he thought no one would check." || named_person
said || She || Harwell could remain free until then if he surrendered his passport || named_person
said || a person familiar with federal sentencing in campaign finance cases || Harwell was likely to receive far less || anonymous
told || the fund-raiser || he had "no regrets" about his years raising money for Virginia Republicans || named_person
said || The Republican Party of Virginia || Harwell had not worked for the party since 2015 || named_org
reported || The Richmond Times-Dispatch || the F.B.I. was examining contributions to the campaign || media
said || the bookkeeper || she was "relieved that it's over." || named_person
''')

# ---------------------------------------------------------------- r209 (curly)
art("r209", True, r'''
I.R.S. Chief Faces House Panel as Impeachment Push Builds

WASHINGTON -- John A. Koskinen, the commissioner of the Internal Revenue Service, told the House Judiciary Committee on Wednesday that he had "never intentionally misled" Congress about the destruction of backup tapes containing thousands of emails sought by investigators.

"I have testified before Congress more than 30 times," Koskinen said. "If I made mistakes, they were honest ones."

The House Freedom Caucus, a bloc of about 40 conservative Republicans, has argued that Koskinen violated his oath by failing to preserve the tapes and by giving inaccurate testimony about them.

Rep. Jim Jordan of Ohio, a founder of the group, said the commissioner had "stonewalled" for two years. "This is about whether Congress means anything," he said.

The chairman, Rep. Bob Goodlatte of Virginia, said the hearing was not an impeachment proceeding but an opportunity for the commissioner "to answer the charges against him."

A Republican aide on the committee said Goodlatte did not expect the panel to vote on articles of impeachment before the election. He said the chairman preferred to "let the facts come out first."

In the afternoon, he told lawmakers that the tapes had been erased by I.R.S. employees in West Virginia who did not know about a preservation order, and that he learned of the erasure only months later.

The Treasury inspector general for tax administration, J. Russell George, found in a 2015 report that the erasure was not a deliberate attempt to destroy evidence. The report said investigators had recovered about 1,000 of the missing emails.

Democrats said the hearing was a waste of time with only a few legislative days left before the election. Rep. John Conyers Jr. of Michigan, the ranking Democrat, said impeaching a commissioner for "a failure of bureaucracy" would set a dangerous precedent.

Some Republican leaders worry that an impeachment vote would distract from the party's message in the final weeks of the campaign.

A lawyer who has represented conservative groups in lawsuits against the I.R.S. said outside the hearing room that his clients "still have not gotten the truth." He said he would urge the committee to subpoena the agency's former head of tax-exempt organizations, Lois Lerner.

After the hearing, the commissioner told reporters he would leave such decisions to Congress.

The dispute dates to 2013, when the agency acknowledged that employees in its Cincinnati office had singled out Tea Party and other conservative groups for extra scrutiny when they applied for tax-exempt status. Koskinen, a former corporate turnaround specialist, took over the agency at the end of that year.

A spokeswoman for Speaker Paul D. Ryan, AshLee Strong, said the speaker was focused on "the people's priorities."

The White House has said Koskinen has the president's full confidence. The White House press secretary, Josh Earnest, told reporters that the impeachment effort was "a political stunt."

The House has not impeached an executive branch official since 1876, when it brought charges against William W. Belknap, President Ulysses S. Grant's secretary of war, who had resigned hours before the vote. The Senate later acquitted him.
''', r'''
told || John A. Koskinen, the commissioner of the Internal Revenue Service || he had "never intentionally misled" Congress about the destruction of backup tapes containing thousands of emails sought by investigators || named_person
said || Koskinen || "I have testified before Congress more than 30 times," ## "If I made mistakes, they were honest ones." || named_person
has argued || The House Freedom Caucus, a bloc of about 40 conservative Republicans || Koskinen violated his oath by failing to preserve the tapes and by giving inaccurate testimony about them || named_org
said || Rep. Jim Jordan of Ohio, a founder of the group || the commissioner had "stonewalled" for two years || named_person
said || he || "This is about whether Congress means anything," || named_person
said || The chairman, Rep. Bob Goodlatte of Virginia || the hearing was not an impeachment proceeding but an opportunity for the commissioner "to answer the charges against him." || named_person
said || A Republican aide on the committee || Goodlatte did not expect the panel to vote on articles of impeachment before the election || anonymous
said || He || the chairman preferred to "let the facts come out first." || anonymous
told || he || the tapes had been erased by I.R.S. employees in West Virginia who did not know about a preservation order, and that he learned of the erasure only months later || named_person
acknowledged || the agency || employees in its Cincinnati office had singled out Tea Party and other conservative groups for extra scrutiny when they applied for tax-exempt status || named_org
found || The Treasury inspector general for tax administration, J. Russell George || the erasure was not a deliberate attempt to destroy evidence || named_person
said || The report || investigators had recovered about 1,000 of the missing emails || document
said || Democrats || the hearing was a waste of time with only a few legislative days left before the election || named_org
said || Rep. John Conyers Jr. of Michigan, the ranking Democrat || impeaching a commissioner for "a failure of bureaucracy" would set a dangerous precedent || named_person
worry || Some Republican leaders || an impeachment vote would distract from the party's message in the final weeks of the campaign || anonymous
said || A lawyer who has represented conservative groups in lawsuits against the I.R.S. || his clients "still have not gotten the truth." || anonymous
said || He || he would urge the committee to subpoena the agency's former head of tax-exempt organizations, Lois Lerner || anonymous
told || the commissioner || he would leave such decisions to Congress || named_person
said || A spokeswoman for Speaker Paul D. Ryan, AshLee Strong || the speaker was focused on "the people's priorities." || named_person
has said || The White House || Koskinen has the president's full confidence || named_org
told || The White House press secretary, Josh Earnest || the impeachment effort was "a political stunt." || named_person
''')

# ---------------------------------------------------------------- r210 (curly)
art("r210", True, r'''
Minnesota Commissioner Grilled Over Missing Child Care Funds

ST. PAUL, Minn. -- The state's human services commissioner, Arthur Lindqvist, told a legislative panel on Monday that his department had "lost track" of roughly $4 million in federal child care money, but he said there was no evidence that any of it had been stolen.

A report released last week by the Office of the Legislative Auditor found that the department had approved payments to 14 child care centers that had closed or had never opened.

"We made mistakes, and I own them," Lindqvist said. "But I will not let anyone tell you this department is a criminal enterprise."

Sen. Karen Ostby, a Duluth Republican who leads the Senate's health and human services committee, said she was "stunned" that the department had not caught the payments earlier. She said she would introduce a bill requiring unannounced inspections of every center that receives state subsidies.

A committee staff member said investigators from the auditor's office had referred at least three of the centers to the Hennepin County attorney. The staff member spoke on condition of anonymity because the referrals have not been made public.

In his second hour of testimony, the commissioner said he had ordered a review of every payment the program made since 2013.

Gov. Mark Dayton, who appointed Lindqvist in 2013, said through a spokesman that he "continues to have confidence" in the commissioner.

Republicans, who won control of the House in 2014, have said the episode shows that the department has grown too large to manage.

A woman who runs a licensed child care center in Minneapolis and sat through the hearing said honest providers were now being "treated like suspects." She said state inspectors had visited her center twice since the audit was released.

The deputy legislative auditor, Renee Halvorsen, said her staff had found "a culture of trust without verification" in the child care program. "Nobody checked," she said. "Not once in three years."

The Star Tribune reported in May that two of the centers shared an address with a used car dealership.

Back at the microphone late in the afternoon, he told the committee that three employees in the department's licensing division had been placed on leave and that he would "not hesitate" to fire anyone who ignored warning signs.

It was announced on Monday that the federal Department of Health and Human Services would send its own auditors to St. Paul next month.

A survey of licensed providers conducted by the Minnesota Child Care Association showed that 71 percent believed the state's oversight was adequate before the audit.

The child care assistance program, which helps low-income parents pay for care while they work or attend school, serves about 30,000 children a year and is paid for largely with federal block grant money. Providers are reimbursed based on attendance records that they submit every two weeks, and the department has for years relied on a small staff of licensing inspectors to visit more than 2,000 centers across the state.

Ostby said after the hearing that she expected the committee to ask the auditor for a wider review. "We are going to follow the money," the senator said.
''', r'''
told || The state's human services commissioner, Arthur Lindqvist || his department had "lost track" of roughly $4 million in federal child care money || named_person
said || he || there was no evidence that any of it had been stolen || named_person
found || A report released last week by the Office of the Legislative Auditor || the department had approved payments to 14 child care centers that had closed or had never opened || document
said || Lindqvist || "We made mistakes, and I own them," ## "But I will not let anyone tell you this department is a criminal enterprise." || named_person
said || Sen. Karen Ostby, a Duluth Republican who leads the Senate's health and human services committee || she was "stunned" that the department had not caught the payments earlier || named_person
said || She || she would introduce a bill requiring unannounced inspections of every center that receives state subsidies || named_person
said || A committee staff member || investigators from the auditor's office had referred at least three of the centers to the Hennepin County attorney || anonymous
said || the commissioner || he had ordered a review of every payment the program made since 2013 || named_person
said || Gov. Mark Dayton, who appointed Lindqvist in 2013 || he "continues to have confidence" in the commissioner || named_person
have said || Republicans, who won control of the House in 2014 || the episode shows that the department has grown too large to manage || named_org
said || A woman who runs a licensed child care center in Minneapolis and sat through the hearing || honest providers were now being "treated like suspects." || anonymous
said || She || state inspectors had visited her center twice since the audit was released || anonymous
said || The deputy legislative auditor, Renee Halvorsen || her staff had found "a culture of trust without verification" in the child care program || named_person
said || she || "Nobody checked," ## "Not once in three years." || named_person
reported || The Star Tribune || two of the centers shared an address with a used car dealership || media
told || he || three employees in the department's licensing division had been placed on leave and that he would "not hesitate" to fire anyone who ignored warning signs || named_person
was announced || - || the federal Department of Health and Human Services would send its own auditors to St. Paul next month || unknown
showed || A survey of licensed providers conducted by the Minnesota Child Care Association || 71 percent believed the state's oversight was adequate before the audit || document
said || Ostby || she expected the committee to ask the auditor for a wider review || named_person
said || the senator || "We are going to follow the money," || named_person
''')


# ======================================================================
CURLY = "\u201c\u201d\u2018\u2019"


def smarten(text):
    """Straight to curly quotes, one character for one (offsets unchanged)."""
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i > 0 else "\n"
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([\u2014-") else "\u201d")
        elif ch == "'":
            if prev.isspace() or prev in '("\u201c':
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    res = "".join(out)
    assert len(res) == len(text)
    return res


def _occurrences(text, s):
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r"(?<![\w])" + pat
    if s[-1].isalnum():
        pat = pat + r"(?![\w])"
    return [m.start() for m in re.finditer(pat, text)]


def _pinned(text, spec):
    """'ctx <<target>> ctx' -> (start, end) or None if no markers."""
    if "<<" not in spec:
        return None
    a = spec.index("<<")
    b = spec.index(">>")
    target = spec[a + 2:b]
    ctx = spec.replace("<<", "").replace(">>", "")
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, f"context not unique ({len(occ)}): {spec!r}"
    s = occ[0] + a
    return s, s + len(target)


def _overlaps(s, e, spans):
    return any(s < fe and fs < e for fs, fe in spans)


def _dist(s, e, spans):
    lo = min(fs for fs, _ in spans)
    hi = max(fe for _, fe in spans)
    if e <= lo:
        return lo - e
    if s >= hi:
        return s - hi
    return 0  # between fragments


_SENT_END = re.compile(r'[.?!]["\u201d]?\s')


def _gap(text, s, e, spans):
    lo = min(fs for fs, _ in spans)
    hi = max(fe for _, fe in spans)
    if e <= lo:
        return text[e:lo]
    if s >= hi:
        # a content that ends its own sentence ('...."') cannot take a later cue
        return text[hi - 2:s] if text[hi - 2:hi] in ('."', '?"', '!"') else text[hi:s]
    return ""


def _nearest(text, spec, anchor_spans, avoid, what):
    p = _pinned(text, spec)
    if p:
        return p
    cands = []
    for s in _occurrences(text, spec):
        e = s + len(spec)
        if _overlaps(s, e, avoid):
            continue
        cands.append((_dist(s, e, anchor_spans), s, e))
    assert cands, f"{what} not found: {spec!r}"
    # prefer occurrences in the same sentence as the anchor
    same = [c for c in cands if not _SENT_END.search(_gap(text, c[1], c[2], anchor_spans))]
    if same:
        cands = same
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] != cands[1][0], f"{what} tie: {spec!r}"
    return cands[0][1], cands[0][2]


def locate(text, cue, src, content):
    frags = []
    for k, f in enumerate(content.split(" ## ")):
        p = _pinned(text, f)
        if p is None:
            if k == 0:
                occ = _occurrences(text, f)
                assert len(occ) == 1, f"content not unique ({len(occ)}): {f!r}"
                s = occ[0]
            else:
                s = text.index(f, frags[-1][1])
                assert s - frags[-1][1] < 200, f"fragment too far: {f!r}"
            p = (s, s + len(f))
        frags.append(p)
    cs, ce = _nearest(text, cue, frags, frags, "cue")
    ss = None if src == "-" else _nearest(text, src, [(cs, ce)], frags + [(cs, ce)], "source")
    return (cs, ce), ss, frags


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def build():
    records = []
    for k, a in enumerate(ARTICLES):
        raw = a["text"]
        # quote style: first half straight, second half curly
        assert not any(c in raw for c in CURLY), a["doc_id"]
        final = smarten(raw) if a["curly"] else raw
        assert a["curly"] == (k >= len(ARTICLES) // 2), a["doc_id"]
        if a["curly"]:
            assert '"' not in final and "'" not in final, a["doc_id"]
            assert "\u201c" in final and "\u201d" in final and "\u2019" in final, a["doc_id"]
            assert final.count("\u201c") == final.count("\u201d"), a["doc_id"]
        else:
            assert '"' in final and not any(c in final for c in CURLY), a["doc_id"]
            assert final.count('"') % 2 == 0, a["doc_id"]
        # shape: headline, blank line, paragraphs; 500-700 words
        lines = final.split("\n")
        assert lines[0] and lines[1] == "" and lines[2], a["doc_id"]
        assert "\n\n\n" not in final
        nw = len(final.split())
        assert 500 <= nw <= 700, (a["doc_id"], nw)
        atts = []
        for line in a["ann"].strip().split("\n"):
            parts = [x.strip() for x in line.split("||")]
            assert len(parts) == 4, line
            cue, src, content, typ = parts
            assert typ in TYPES, line
            (cs, ce), ssrc, frags = locate(raw, cue, src, content)
            # spans must match the annotation strings (straight form)
            want_cue = cue[cue.index("<<") + 2:cue.index(">>")] if "<<" in cue else cue
            assert raw[cs:ce] == want_cue, (raw[cs:ce], cue)
            if ssrc:
                want_src = src[src.index("<<") + 2:src.index(">>")] if "<<" in src else src
                assert raw[ssrc[0]:ssrc[1]] == want_src, (src,)
            c_span = span(final, frags[0][0], frags[-1][1])
            if len(frags) > 1:
                c_span["fragments"] = [[s, e] for s, e in frags]
            rec = {"cue": span(final, cs, ce),
                   "source": span(final, *ssrc) if ssrc else None,
                   "content": c_span,
                   "source_type": typ}
            if ssrc is None:
                assert typ == "unknown"
            atts.append(rec)
        # integrity checks
        for r in atts:
            for key in ("cue", "source", "content"):
                sp = r[key]
                if sp is None:
                    continue
                assert final[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), (a["doc_id"], sp["text"])
            for s, e in r["content"].get("fragments", []):
                assert r["content"]["start"] <= s < e <= r["content"]["end"]
            ct = r["content"]["text"]
            assert not ct.startswith("that "), ct
            assert not ct.endswith(".") or ct.endswith(('."', '.\u201d')), ct
        starts = [r["cue"]["start"] for r in atts]
        dup = [x for x in set(starts) if starts.count(x) > 1]
        assert not dup, (a["doc_id"], [raw[x:x + 40] for x in dup])
        atts.sort(key=lambda r: r["cue"]["start"])
        assert 14 <= len(atts) <= 22, (a["doc_id"], len(atts))
        records.append({"doc_id": a["doc_id"], "text": final, "split": "blind",
                        "attributions": atts})
    return records


def review(records):
    """Print every attribution in context for checking by eye."""
    for r in records:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "[C:"), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, lo - 30)
            hi = min(len(t), hi + 10)
            out = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in "]}")):
                out += t[pos:p] + m
                pos = p
            out += t[pos:hi]
            print(f"  <{a['source_type']}> " + out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind50.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
