#!/usr/bin/env python3
"""Build ``blind25.jsonl``: the twenty-fifth batch of blind test articles (session 16).

12 invented 2016 stories of state and local politics, courts and police (governors, mayors,
judges, prosecutors, filings, local papers, unnamed officers and witnesses), written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Scored on arrival, then read for errors.

Usage: ``python data/gold/blind25/build_blind25.py [--check]`` (``--check``: exit 1 if
blind25.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind25: 12 invented 2016-style US state/local politics, courts
and police articles with hand annotations of attributions (PolNeAR-style spans).

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
A span field is either   TEXT   or   TEXT @@ CONTEXT   (CONTEXT is a longer string that
occurs exactly once in the article and contains TEXT exactly once; use it to pick one
occurrence of a repeated string). SOURCE may be "-" (no source). CONTENT may have several
fragments separated by " ## " (a quote split by its cue, or continued after it).
Offsets are COMPUTED here, never typed:
  * content fragments must be unique in the article (or be given a context);
  * a cue without context is the occurrence nearest to the content (not inside it);
  * a source without context is the occurrence nearest to the cue (not inside the
    content or the cue); both must lie in the same paragraph as the content.
Every chosen span is printed with its paragraph by `python3 build_blind25.py --show`.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

STRAIGHT = ("a01", "a02", "a03", "a04", "a05", "a06")
CURLY = ("a07", "a08", "a09", "a10", "a11", "a12")
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []  # (doc_id, text, annotation block)


def A(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- a01 (straight quotes)
A("a01", """
Walker and Barrett Clash Over Cost of Milwaukee Police Overtime

MILWAUKEE — Gov. Scott Walker and Mayor Tom Barrett of Milwaukee clashed on Tuesday over who should pay for hundreds of extra police shifts ordered after a weekend of unrest on the city's north side.

Mr. Walker told reporters in Madison that the state had already offered the city "every resource we have" and that the mayor was "looking for someone to send the bill to."

Mr. Barrett said the governor's offer amounted to the loan of a few dozen state troopers for three nights. "You don't get to take credit for a fire truck and then mail us an invoice for the water," the mayor said at City Hall.

Aides to Mr. Walker believe the mayor is positioning himself for a third run for governor, and they note that he has lost to Mr. Walker twice.

According to figures released by the city comptroller's office, the Milwaukee Police Department logged more than 11,000 hours of overtime between Saturday and Monday, at a cost of about $640,000.

Police Chief Edward Flynn said his officers had "performed with enormous restraint" and warned that the department's overtime budget for the year would be exhausted by September. The chief said the department would ask the Common Council for an emergency transfer next week.

The Milwaukee Journal Sentinel reported on Monday that at least two of the department's district stations had run out of riot helmets by Sunday night, forcing commanders to borrow equipment from suburban departments.

The disturbances began on Saturday afternoon, after an officer shot an armed man during a foot chase. Several residents of the Sherman Park neighborhood said Monday night had been tense but quieter.

"Everybody is just tired," said a neighbor who asked not to be identified because she works for the county. "Tired of the sirens, tired of the helicopters, tired of seeing our street on the news."

Assembly Speaker Robin Vos, a Republican, has argued for years that the city should pay for its own police before turning to Madison for help. A spokeswoman for Mr. Vos said on Tuesday that the speaker had "no interest in a bailout" but would review any request from the city.

Mr. Barrett said he expected to meet with Mr. Walker's chief of staff later this week. "I've been doing this long enough to know how these meetings end," he said.
""", r"""
told || Mr. Walker || the state had already offered the city "every resource we have" and that the mayor was "looking for someone to send the bill to." || named_person
said || Mr. Barrett || the governor's offer amounted to the loan of a few dozen state troopers for three nights || named_person
said || the mayor || "You don't get to take credit for a fire truck and then mail us an invoice for the water," || named_person
believe || Aides to Mr. Walker || the mayor is positioning himself for a third run for governor || anonymous
note || they || he has lost to Mr. Walker twice || anonymous
According to || figures released by the city comptroller's office || the Milwaukee Police Department logged more than 11,000 hours of overtime between Saturday and Monday, at a cost of about $640,000 || document
said || Police Chief Edward Flynn || his officers had "performed with enormous restraint" || named_person
warned || Police Chief Edward Flynn || the department's overtime budget for the year would be exhausted by September || named_person
said || The chief || the department would ask the Common Council for an emergency transfer next week || named_person
reported || The Milwaukee Journal Sentinel || at least two of the department's district stations had run out of riot helmets by Sunday night, forcing commanders to borrow equipment from suburban departments || media
said || Several residents of the Sherman Park neighborhood || Monday night had been tense but quieter || anonymous
said || a neighbor who asked not to be identified because she works for the county || "Everybody is just tired," ## "Tired of the sirens, tired of the helicopters, tired of seeing our street on the news." || anonymous
has argued || Assembly Speaker Robin Vos, a Republican || the city should pay for its own police before turning to Madison for help || named_person
said || A spokeswoman for Mr. Vos || the speaker had "no interest in a bailout" but would review any request from the city || anonymous
said || Mr. Barrett || he expected to meet with Mr. Walker's chief of staff later this week || named_person
said || he || "I've been doing this long enough to know how these meetings end," || named_person
""")

# ---------------------------------------------------------------- a02 (straight quotes)
A("a02", """
Appeals Court Strikes Down North Carolina Voter ID Law

RICHMOND, Va. — The United States Court of Appeals for the Fourth Circuit on Friday struck down North Carolina's sweeping 2013 election law, ruling that its photo identification requirement and its cuts to early voting had been written to keep black voters from the polls.

The provisions "were aimed at black voters with a precision that no honest reading of the record can explain away," Judge Diana Gribbon Motz wrote for the three-judge panel. The opinion noted that legislators had gathered data on voting practices broken down by race before they drafted the bill.

Gov. Pat McCrory, a Republican in a close race for re-election, said the state would appeal to the Supreme Court. "Photo ID is required to board a plane, buy cold medicine and open a bank account," Mr. McCrory said Friday evening. "Three Democratic judges have now decided that North Carolinians can't protect the integrity of their own ballot box."

Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said the court had "substituted its own politics for the judgment of the people's representatives."

The Rev. William J. Barber II, president of the state N.A.A.C.P., called the decision "a victory for every voter who was turned away in 2014." The N.A.A.C.P. was among the groups that sued the state in 2013.

Lawyers for the state had argued at trial that the changes were meant to prevent fraud and to bring North Carolina in line with other states.

The State Board of Elections said late Friday that it was reviewing the ruling and would issue guidance to the 100 county boards within days. Kim Strach, the board's executive director, told county officials in an email that they should not turn away any voter for lacking a photo ID in the meantime, according to a copy obtained by The News & Observer of Raleigh.

Attorney General Roy Cooper, the Democrat challenging Mr. McCrory, stopped defending the law in court last year. Mr. Cooper said on Friday that the state should stop "wasting taxpayer money" on appeals.

The ruling comes three months before an election in which North Carolina will be a battleground in the presidential race and in contests for governor and the Senate. A poll released last week by Elon University found that 52 percent of registered voters in the state supported the photo ID requirement, while 41 percent opposed it.
""", r"""
ruling || The United States Court of Appeals for the Fourth Circuit || its photo identification requirement and its cuts to early voting had been written to keep black voters from the polls || named_org
wrote || Judge Diana Gribbon Motz || The provisions "were aimed at black voters with a precision that no honest reading of the record can explain away," || named_person
noted || The opinion || legislators had gathered data on voting practices broken down by race before they drafted the bill || document
said || Gov. Pat McCrory, a Republican in a close race for re-election || the state would appeal to the Supreme Court || named_person
said || Mr. McCrory || "Photo ID is required to board a plane, buy cold medicine and open a bank account," ## "Three Democratic judges have now decided that North Carolinians can't protect the integrity of their own ballot box." || named_person
said || Senate leader Phil Berger and House Speaker Tim Moore, both Republicans || the court had "substituted its own politics for the judgment of the people's representatives." || named_person
called || The Rev. William J. Barber II, president of the state N.A.A.C.P. || the decision "a victory for every voter who was turned away in 2014." || named_person
had argued || Lawyers for the state || the changes were meant to prevent fraud and to bring North Carolina in line with other states || anonymous
said || The State Board of Elections || it was reviewing the ruling and would issue guidance to the 100 county boards within days || named_org
according to || a copy obtained by The News & Observer of Raleigh || Kim Strach, the board's executive director, told county officials in an email that they should not turn away any voter for lacking a photo ID in the meantime || document
said || Mr. Cooper || the state should stop "wasting taxpayer money" on appeals || named_person
found || A poll released last week by Elon University || 52 percent of registered voters in the state supported the photo ID requirement, while 41 percent opposed it || document
""")

# ---------------------------------------------------------------- a03 (straight quotes)
A("a03", """
Family Sues Chicago Over Fatal Shooting by Off-Duty Officer

CHICAGO — The family of a 19-year-old man who was shot and killed by an off-duty Chicago police officer in March filed a federal lawsuit on Wednesday against the officer and the city.

The complaint, filed in United States District Court in Chicago, alleges that Officer Brian Kowalczyk fired four times at Darnell Reese as Mr. Reese ran from a parked car near 71st Street, and that the officer never identified himself as police.

According to the lawsuit, the officer told investigators that Mr. Reese had pointed a gun at him. No weapon was recovered at the scene.

"They shot my son in the back and then they wrote a story to fit it," Mr. Reese's mother, Lorraine Reese, said at a news conference outside the courthouse. "Nobody from the city has even said his name to me."

The family's lawyer, Michael Travers, said the officer had been the subject of two earlier complaints of excessive force, both of which were dismissed.

Court papers show that the Independent Police Review Authority, which investigates police shootings in the city, has not interviewed two witnesses who were in the car with Mr. Reese.

The Chicago Police Department said Officer Kowalczyk had been assigned to desk duty in March and remained there. A spokesman for the city's Law Department, Bill McCaffrey, said the city had not been served with the complaint and would not comment on pending litigation.

The Fraternal Order of Police said the officer had "acted in fear for his life" and urged the public not to "rush to judgment."

The shooting is one of several this year that have drawn new scrutiny to Mayor Rahm Emanuel's handling of the department. The Chicago Tribune reported last month that the city had paid more than $50 million to settle police misconduct cases in 2015.

Mr. Emanuel told reporters on Wednesday that he had not read the complaint but that "every family deserves answers."

Some aldermen worry that the settlements, which are paid out of the city's general fund, will keep climbing. "We are writing checks instead of fixing the problem," said Alderman Ariel Reboyras, the chairman of the City Council's public safety committee.
""", r"""
alleges || The complaint, filed in United States District Court in Chicago || Officer Brian Kowalczyk fired four times at Darnell Reese as Mr. Reese ran from a parked car near 71st Street, and that the officer never identified himself as police || document
According to || the lawsuit || the officer told investigators that Mr. Reese had pointed a gun at him || document
said || Mr. Reese's mother, Lorraine Reese || "They shot my son in the back and then they wrote a story to fit it," ## "Nobody from the city has even said his name to me." || named_person
said || The family's lawyer, Michael Travers || the officer had been the subject of two earlier complaints of excessive force, both of which were dismissed || named_person
show || Court papers || the Independent Police Review Authority, which investigates police shootings in the city, has not interviewed two witnesses who were in the car with Mr. Reese || document
said || The Chicago Police Department || Officer Kowalczyk had been assigned to desk duty in March and remained there || named_org
said || A spokesman for the city's Law Department, Bill McCaffrey || the city had not been served with the complaint and would not comment on pending litigation || named_person
said || The Fraternal Order of Police || the officer had "acted in fear for his life" || named_org
urged || The Fraternal Order of Police || the public not to "rush to judgment." || named_org
reported || The Chicago Tribune || the city had paid more than $50 million to settle police misconduct cases in 2015 || media
told || Mr. Emanuel || he had not read the complaint but that "every family deserves answers." || named_person
worry || Some aldermen || the settlements, which are paid out of the city's general fund, will keep climbing || anonymous
said || Alderman Ariel Reboyras, the chairman of the City Council's public safety committee || "We are writing checks instead of fixing the problem," || named_person
""")

# ---------------------------------------------------------------- a04 (straight quotes)
A("a04", """
Ohio Counties Split Over Early Voting Hours as Husted Sets Deadline

COLUMBUS, Ohio — Ohio's 88 county election boards have until Friday to adopt uniform early voting hours, Secretary of State Jon Husted said on Monday, setting up a possible clash with Democrats in the state's largest counties.

"Every voter in Ohio should have the same opportunity, whether they live in Cuyahoga County or in Vinton County," Mr. Husted told reporters at the Statehouse. "That is what fairness means."

Democrats on the Franklin County Board of Elections want the board to keep its polling site open on the two Sundays before the election. Mr. Husted's directive does not include any Sunday hours, and Franklin County officials estimate that opening on those days would cost about $30,000.

The board's chairman, Douglas Preisse, a Republican, said he would vote against the Sunday hours. "We are not going to be the one county in Ohio that makes up its own rules," he said.

It was announced last week that the board would hire 300 additional poll workers for the general election.

The Ohio Democratic Party has filed suit in federal court in Columbus, arguing that the elimination of the so-called Golden Week, when residents could register and vote on the same day, violates the Voting Rights Act. The lawsuit says black voters in Cleveland, Columbus and Cincinnati used early voting at roughly twice the rate of white voters in 2012.

David Pepper, the state party chairman, said Mr. Husted had "picked the side of fewer voters, every single time."

A spokesman for Mr. Husted, Joshua Eck, called the lawsuit "a fund-raising stunt" and noted that Ohio offers more days of early voting than New York or Pennsylvania.

In Cuyahoga County, which includes Cleveland, the board's director, Pat McDonald, said the county was ready for either outcome. "We print the hours we're told to print," he said.

The Plain Dealer reported on Sunday that the Cuyahoga board had already ordered mailers listing Sunday hours, which would have to be reprinted if Mr. Husted's directive stands.

Some voting rights advocates fear that the fight over hours will confuse voters in a state that could decide the presidency.
""", r"""
said || Secretary of State Jon Husted || Ohio's 88 county election boards have until Friday to adopt uniform early voting hours || named_person
told || Mr. Husted || "Every voter in Ohio should have the same opportunity, whether they live in Cuyahoga County or in Vinton County," ## "That is what fairness means." || named_person
want || Democrats on the Franklin County Board of Elections || the board to keep its polling site open on the two Sundays before the election || anonymous
estimate || Franklin County officials || opening on those days would cost about $30,000 || anonymous
said || The board's chairman, Douglas Preisse, a Republican || he would vote against the Sunday hours || named_person
said || he || "We are not going to be the one county in Ohio that makes up its own rules," || named_person
was announced || - || the board would hire 300 additional poll workers for the general election || unknown
arguing || The Ohio Democratic Party || the elimination of the so-called Golden Week, when residents could register and vote on the same day, violates the Voting Rights Act || named_org
says || The lawsuit || black voters in Cleveland, Columbus and Cincinnati used early voting at roughly twice the rate of white voters in 2012 || document
said || David Pepper, the state party chairman || Mr. Husted had "picked the side of fewer voters, every single time." || named_person
called || A spokesman for Mr. Husted, Joshua Eck || the lawsuit "a fund-raising stunt" || named_person
noted || A spokesman for Mr. Husted, Joshua Eck || Ohio offers more days of early voting than New York or Pennsylvania || named_person
said || the board's director, Pat McDonald || the county was ready for either outcome || named_person
said || he || "We print the hours we're told to print," || named_person
reported || The Plain Dealer || the Cuyahoga board had already ordered mailers listing Sunday hours, which would have to be reprinted if Mr. Husted's directive stands || media
fear || Some voting rights advocates || the fight over hours will confuse voters in a state that could decide the presidency || anonymous
""")

# ---------------------------------------------------------------- a05 (straight quotes)
A("a05", """
New Jersey Assemblyman Indicted on Bribery Charges

NEWARK — A state assemblyman from Hudson County was indicted on Thursday on bribery and fraud charges, federal prosecutors said.

The indictment charges that Assemblyman Raymond Ostrowski, a Democrat from Bayonne, accepted $40,000 in cash in three installments in 2014 and 2015 from a developer who wanted to build apartments on a former rail yard.

The developer, who is not named in the indictment, has been cooperating with investigators, according to two people briefed on the case.

"Public office is not a cash register," Paul J. Fishman, the United States attorney for New Jersey, said at a news conference. "When you treat it like one, we will find you."

Mr. Ostrowski's lawyer, Thomas Kearney, said his client would plead not guilty and "looks forward to his day in court." He called the case "a story invented by a man trying to save himself."

Gov. Chris Christie, a former United States attorney in the same office, told reporters in Trenton that Mr. Ostrowski should resign "if even half of this is true."

The Assembly speaker, Vincent Prieto, a fellow Hudson County Democrat, said he had not spoken with Mr. Ostrowski and would wait for the legal process to play out.

Court papers show that the F.B.I. recorded at least two meetings between the assemblyman and the developer at a diner in Jersey City. According to the indictment, Mr. Ostrowski told the developer at one of those meetings that the zoning bill "will be on the governor's desk before Labor Day."

The Jersey Journal reported last year that Mr. Ostrowski had sponsored the zoning change weeks after the developer's company gave $15,000 to a political action committee tied to him.

On his street in Bayonne, the news came as a shock. "He shovels my walk every winter," said one neighbor, a retired nurse who asked not to be identified. "I can't picture him taking anything from anybody."

If convicted, Mr. Ostrowski faces up to 20 years in prison on the most serious count.
""", r"""
said || federal prosecutors || A state assemblyman from Hudson County was indicted on Thursday on bribery and fraud charges || anonymous
charges || The indictment || Assemblyman Raymond Ostrowski, a Democrat from Bayonne, accepted $40,000 in cash in three installments in 2014 and 2015 from a developer who wanted to build apartments on a former rail yard || document
according to || two people briefed on the case || The developer, who is not named in the indictment, has been cooperating with investigators || anonymous
said || Paul J. Fishman, the United States attorney for New Jersey || "Public office is not a cash register," ## "When you treat it like one, we will find you." || named_person
said || Mr. Ostrowski's lawyer, Thomas Kearney || his client would plead not guilty and "looks forward to his day in court." || named_person
called || He || the case "a story invented by a man trying to save himself." || named_person
told || Gov. Chris Christie, a former United States attorney in the same office || Mr. Ostrowski should resign "if even half of this is true." || named_person
said || The Assembly speaker, Vincent Prieto, a fellow Hudson County Democrat || he had not spoken with Mr. Ostrowski and would wait for the legal process to play out || named_person
show || Court papers || the F.B.I. recorded at least two meetings between the assemblyman and the developer at a diner in Jersey City || document
According to || the indictment @@ According to the indictment, Mr. || Mr. Ostrowski told the developer at one of those meetings that the zoning bill "will be on the governor's desk before Labor Day." || document
reported || The Jersey Journal || Mr. Ostrowski had sponsored the zoning change weeks after the developer's company gave $15,000 to a political action committee tied to him || media
said || one neighbor, a retired nurse who asked not to be identified || "He shovels my walk every winter," ## "I can't picture him taking anything from anybody." || anonymous
""")

# ---------------------------------------------------------------- a06 (straight quotes)
A("a06", """
Michigan Attorney General Charges Two More Officials in Flint Water Crisis

FLINT, Mich. — Michigan's attorney general, Bill Schuette, filed criminal charges on Tuesday against two more state officials in connection with the lead contamination of Flint's drinking water, saying they had misled federal regulators about the city's failure to treat its water for corrosion.

"This is about people who were paid to protect the public and instead protected themselves," Mr. Schuette said at a news conference in Flint. He said more charges were likely.

The charges against the two officials, both former employees of the state Department of Environmental Quality, include misconduct in office and conspiracy. According to the charging documents, one of the officials instructed a Flint water plant supervisor to remove two high readings from a sample report sent to the Environmental Protection Agency.

A lawyer for one of the officials said his client had "followed procedures that were handed to him by his superiors" and would fight the charges.

Gov. Rick Snyder has said he did not learn of the lead problem until October 2015. A spokesman for the governor, Ari Adler, said on Tuesday that Mr. Snyder "supports holding accountable anyone who broke the law" and would continue to cooperate with investigators.

Flint's mayor, Karen Weaver, said the charges were "a start, not a finish." She has argued that the state should pay to replace every lead service line in the city.

At a church on the city's north side on Tuesday night, residents lined up for cases of bottled water. "They poisoned us and now they want a pat on the back," said Melissa Hardy, a mother of three who drinks only bottled water.

The Detroit Free Press reported in April that state officials had discussed a rise in Legionnaires' disease cases in the Flint area months before the outbreak became public.

A report by a task force appointed by the governor concluded in March that the Department of Environmental Quality bore "primary responsibility" for the crisis.
""", r"""
saying || Michigan's attorney general, Bill Schuette || they had misled federal regulators about the city's failure to treat its water for corrosion || named_person
said || Mr. Schuette || "This is about people who were paid to protect the public and instead protected themselves," || named_person
said || He || more charges were likely || named_person
According to || the charging documents || one of the officials instructed a Flint water plant supervisor to remove two high readings from a sample report sent to the Environmental Protection Agency || document
said || A lawyer for one of the officials || his client had "followed procedures that were handed to him by his superiors" and would fight the charges || anonymous
has said || Gov. Rick Snyder || he did not learn of the lead problem until October 2015 || named_person
said || A spokesman for the governor, Ari Adler || Mr. Snyder "supports holding accountable anyone who broke the law" and would continue to cooperate with investigators || named_person
said || Flint's mayor, Karen Weaver || the charges were "a start, not a finish." || named_person
has argued || She || the state should pay to replace every lead service line in the city || named_person
said || Melissa Hardy, a mother of three who drinks only bottled water || "They poisoned us and now they want a pat on the back," || named_person
reported || The Detroit Free Press || state officials had discussed a rise in Legionnaires' disease cases in the Flint area months before the outbreak became public || media
concluded || A report by a task force appointed by the governor || the Department of Environmental Quality bore "primary responsibility" for the crisis || document
""")

# ---------------------------------------------------------------- a07 (curly quotes)
A("a07", """
Judge Keeps Fraud Case Against Texas Attorney General Alive

HOUSTON — A Texas judge on Thursday cleared the way for the securities fraud trial of Attorney General Ken Paxton to go forward.

Mr. Paxton’s lawyers had argued that the grand jury that indicted him in 2015 was improperly assembled. In a four-page order, Judge George Gallagher wrote that the defense had “failed to show any irregularity that would have changed the outcome.” The judge said the trial could begin as early as January.

The indictment says Mr. Paxton, a Republican who took office in January 2015, persuaded investors to buy stock in a technology company in 2011 while secretly being paid by the company. He has called the case “a political witch hunt.” Mr. Paxton’s critics have said the case shows he is unfit to serve as the state’s top lawyer.

A spokesman for Mr. Paxton, Marc Rylander, said the attorney general was “disappointed but confident” and would keep doing his job.

The special prosecutors in the case, Brian Wice and Kent Schaffer, are locked in a separate fight with Collin County over their fees. Mr. Wice told the Houston Chronicle that the two had not been paid in more than a year. “We’re not doing this for the money, which is a good thing, because there isn’t any,” he said.

The Collin County Commissioners Court has argued that the fees, which could top $500,000, are far above the county’s standard rate for appointed lawyers.

Some Republicans in Austin worry that a trial during the 2017 legislative session would distract from the party’s agenda. A June poll by The Texas Tribune and the University of Texas found that 38 percent of Texas voters had a favorable view of Mr. Paxton.

Gov. Greg Abbott has not publicly commented on the case. Asked about it in June, he said it was a matter for the courts.
""", r"""
had argued || Mr. Paxton’s lawyers || the grand jury that indicted him in 2015 was improperly assembled || anonymous
wrote || Judge George Gallagher || the defense had “failed to show any irregularity that would have changed the outcome.” || named_person
said || The judge || the trial could begin as early as January || named_person
says || The indictment || Mr. Paxton, a Republican who took office in January 2015, persuaded investors to buy stock in a technology company in 2011 while secretly being paid by the company || document
has called || He || the case “a political witch hunt.” || named_person
have said || Mr. Paxton’s critics || the case shows he is unfit to serve as the state’s top lawyer || anonymous
said || A spokesman for Mr. Paxton, Marc Rylander || the attorney general was “disappointed but confident” and would keep doing his job || named_person
told || Mr. Wice || the two had not been paid in more than a year || named_person
said || he || “We’re not doing this for the money, which is a good thing, because there isn’t any,” || named_person
has argued || The Collin County Commissioners Court || the fees, which could top $500,000, are far above the county’s standard rate for appointed lawyers || named_org
worry || Some Republicans in Austin || a trial during the 2017 legislative session would distract from the party’s agenda || anonymous
found || A June poll by The Texas Tribune and the University of Texas || 38 percent of Texas voters had a favorable view of Mr. Paxton || document
said || he || it was a matter for the courts || named_person
""")

# ---------------------------------------------------------------- a08 (curly quotes)
A("a08", """
Baltimore Officer Acquitted in Van Death; Mosby Vows to Press On

BALTIMORE — A Baltimore police officer was acquitted on Monday of all charges in the death of Terrence Lowe, a 31-year-old man who suffered a fatal neck injury in the back of a police van last year.

Circuit Judge Barry G. Williams heard the case without a jury. Reading his verdict from the bench, the judge said prosecutors had not proved that Officer Daniel Pruitt knew Mr. Lowe was hurt or that he had deliberately ignored Mr. Lowe’s pleas for help.

“The court cannot convict on the basis of what might have happened,” Judge Williams said.

The verdict was a setback for the city’s top prosecutor, State’s Attorney Marilyn J. Mosby, who charged three officers in the case. In a statement released after the verdict, Ms. Mosby said her office “respects the court’s decision” but would go forward with the trials of the two remaining officers. She has insisted that her office will not be intimidated.

The president of the Baltimore police union, Gene Ryan, said Ms. Mosby should drop the remaining cases. “How many more officers does she need to put through this?” he asked.

Mayor Stephanie Rawlings-Blake urged residents to remain calm and said the city had prepared for “every possible outcome.”

Outside the courthouse, a few dozen protesters gathered in the rain. “This is exactly what we expected,” said one protester, a 24-year-old college student who declined to give her name.

A juror from an earlier trial in the case, speaking on the condition of anonymity, told The Baltimore Sun that the panel had been deeply divided over the department’s seat belt rules. That trial ended in a hung jury in December.

The Sun reported last year that the department had changed its policy on securing detainees in April 2015 but had not trained officers on the change.

Legal experts said the acquittal would make it harder for Ms. Mosby to win convictions of the remaining officers. “She bet everything on the idea that the van ride itself was the crime,” said Rachel Ostrow, a law professor at the University of Baltimore.

Mr. Lowe’s family reached a $4.1 million settlement with the city last fall. A lawyer for the family said the family would have no comment on the verdict.
""", r"""
Vows || Mosby @@ Mosby Vows || to Press On || named_person
said || the judge || prosecutors had not proved that Officer Daniel Pruitt knew Mr. Lowe was hurt or that he had deliberately ignored Mr. Lowe’s pleas for help || named_person
said || Judge Williams || “The court cannot convict on the basis of what might have happened,” || named_person
said || Ms. Mosby || her office “respects the court’s decision” but would go forward with the trials of the two remaining officers || named_person
has insisted || She || her office will not be intimidated || named_person
said || The president of the Baltimore police union, Gene Ryan || Ms. Mosby should drop the remaining cases || named_person
asked || he || “How many more officers does she need to put through this?” || named_person
urged || Mayor Stephanie Rawlings-Blake || residents to remain calm || named_person
said || Mayor Stephanie Rawlings-Blake || the city had prepared for “every possible outcome.” || named_person
said || one protester, a 24-year-old college student who declined to give her name || “This is exactly what we expected,” || anonymous
told || A juror from an earlier trial in the case || the panel had been deeply divided over the department’s seat belt rules || anonymous
reported || The Sun || the department had changed its policy on securing detainees in April 2015 but had not trained officers on the change || media
said || Legal experts || the acquittal would make it harder for Ms. Mosby to win convictions of the remaining officers || anonymous
said || Rachel Ostrow, a law professor at the University of Baltimore || “She bet everything on the idea that the van ride itself was the crime,” || named_person
said || A lawyer for the family || the family would have no comment on the verdict || anonymous
""")

# ---------------------------------------------------------------- a09 (curly quotes)
A("a09", """
Virginia Supreme Court Voids McAuliffe Order Restoring Felons’ Voting Rights

RICHMOND, Va. — The Supreme Court of Virginia on Friday struck down Gov. Terry McAuliffe’s order restoring voting rights to more than 200,000 former felons, ruling that the governor had overstepped his power under the State Constitution.

In a 4-to-3 decision, Chief Justice Donald W. Lemons wrote that the Constitution allows a governor to restore rights “case by case” but not to “rewrite the law by blanket order.” The dissenting justices argued that nothing in the Constitution limits how many people a governor may pardon at once.

Mr. McAuliffe, a Democrat and a close friend of Hillary Clinton, called the ruling “a disgrace” and said he would sign individual orders for each of the 13,000 people who had already registered to vote.

“I will sign every one of them myself if I have to,” the governor told reporters outside the Capitol. “My pen is ready.”

The lawsuit was brought by Republican leaders of the General Assembly, including House Speaker William J. Howell. They argued that the order had been timed to help Mrs. Clinton carry Virginia in November. Mr. Howell said on Friday that the court had “upheld the rule of law and the plain text of our Constitution.”

Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate and a former governor of the state, said the ruling was “a step backward” and predicted that Mr. McAuliffe would find a way around it.

The Richmond Times-Dispatch reported that several former felons who had registered under the order were now unsure whether they could vote in November.

The State Board of Elections said it would begin removing the names from the rolls within a week. Edgardo Cortés, the state’s elections commissioner, said letters would go out to each affected voter by Aug. 15.

Civil rights groups said the ruling would fall hardest on black Virginians, who make up about a fifth of the state’s population but nearly half of those covered by the order. According to an analysis by the Virginia Public Access Project, about 40 percent of the former felons covered by the order live in just five cities.
""", r"""
ruling || The Supreme Court of Virginia || the governor had overstepped his power under the State Constitution || named_org
wrote || Chief Justice Donald W. Lemons || the Constitution allows a governor to restore rights “case by case” but not to “rewrite the law by blanket order.” || named_person
argued || The dissenting justices || nothing in the Constitution limits how many people a governor may pardon at once || anonymous
called || Mr. McAuliffe, a Democrat and a close friend of Hillary Clinton || the ruling “a disgrace” || named_person
said || Mr. McAuliffe, a Democrat and a close friend of Hillary Clinton || he would sign individual orders for each of the 13,000 people who had already registered to vote || named_person
told || the governor @@ the governor told || “I will sign every one of them myself if I have to,” ## “My pen is ready.” || named_person
argued || They || the order had been timed to help Mrs. Clinton carry Virginia in November || named_person
said || Mr. Howell || the court had “upheld the rule of law and the plain text of our Constitution.” || named_person
said || Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate and a former governor of the state || the ruling was “a step backward” || named_person
predicted || Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate and a former governor of the state || Mr. McAuliffe would find a way around it || named_person
reported || The Richmond Times-Dispatch || several former felons who had registered under the order were now unsure whether they could vote in November || media
said || The State Board of Elections || it would begin removing the names from the rolls within a week || named_org
said || Edgardo Cortés, the state’s elections commissioner || letters would go out to each affected voter by Aug. 15 || named_person
said || Civil rights groups || the ruling would fall hardest on black Virginians, who make up about a fifth of the state’s population but nearly half of those covered by the order || anonymous
According to || an analysis by the Virginia Public Access Project || about 40 percent of the former felons covered by the order live in just five cities || document
""")

# ---------------------------------------------------------------- a10 (curly quotes)
A("a10", """
Justice Department Opens Inquiry Into Baton Rouge Traffic Stop

BATON ROUGE, La. — The Justice Department has opened a civil rights investigation into a traffic stop in which a Baton Rouge police officer was recorded punching a handcuffed man, the department announced on Wednesday.

The video, filmed by a passenger in a nearby car and posted on Facebook, shows the officer striking the man at least three times after he had been pushed against a patrol car.

Gov. John Bel Edwards said he had watched the video “several times, and it doesn’t get any easier to watch.”

The Baton Rouge Police Department said the officer, Tyler Moss, had been placed on paid administrative leave. Chief Carl Dabadie Jr. told reporters that the department would cooperate fully with federal investigators. He said the officer’s body camera had been turned off during the stop in violation of department policy.

The man who was struck, Andre Baptiste, 27, was treated at a hospital for a broken cheekbone and released. His lawyer, Marcus Guidry, said Mr. Baptiste had been pulled over for an expired license plate. “He asked why he was being arrested, and that is the last thing he remembers,” Mr. Guidry said.

Witnesses told WBRZ-TV that Mr. Baptiste had not been moving when the officer struck him.

Mayor-President Kip Holden called for calm and said the city had “come too far this summer to go backward now.” The city was shaken in July by the police shooting of Alton Sterling and the killing of three officers in an ambush.

The Advocate reported on Thursday that Officer Moss had been disciplined twice before, once for using excessive force during an arrest in 2014. A department spokesman, Sgt. Darrell Hebert, said he could not discuss personnel records.

Some officers in the department privately believe that the video does not show what led up to the punches, according to two officers who spoke on the condition of anonymity because they were not authorized to speak to reporters.

Louisiana’s attorney general, Jeff Landry, a Republican, said state investigators were “fully capable of handling this without Washington.”
""", r"""
announced || the department @@ the department announced || The Justice Department has opened a civil rights investigation into a traffic stop in which a Baton Rouge police officer was recorded punching a handcuffed man || named_org
shows || The video, filmed by a passenger in a nearby car and posted on Facebook || the officer striking the man at least three times after he had been pushed against a patrol car || document
said || Gov. John Bel Edwards || he had watched the video “several times, and it doesn’t get any easier to watch.” || named_person
said || The Baton Rouge Police Department || the officer, Tyler Moss, had been placed on paid administrative leave || named_org
told || Chief Carl Dabadie Jr. || the department would cooperate fully with federal investigators || named_person
said || He || the officer’s body camera had been turned off during the stop in violation of department policy || named_person
said || His lawyer, Marcus Guidry || Mr. Baptiste had been pulled over for an expired license plate || named_person
said || Mr. Guidry || “He asked why he was being arrested, and that is the last thing he remembers,” || named_person
told || Witnesses || Mr. Baptiste had not been moving when the officer struck him || anonymous
called for || Mayor-President Kip Holden || calm || named_person
said || Mayor-President Kip Holden || the city had “come too far this summer to go backward now.” || named_person
reported || The Advocate || Officer Moss had been disciplined twice before, once for using excessive force during an arrest in 2014 || media
said || A department spokesman, Sgt. Darrell Hebert || he could not discuss personnel records || named_person
according to || two officers who spoke on the condition of anonymity because they were not authorized to speak to reporters || Some officers in the department privately believe that the video does not show what led up to the punches || anonymous
said || Louisiana’s attorney general, Jeff Landry, a Republican || state investigators were “fully capable of handling this without Washington.” || named_person
""")

# ---------------------------------------------------------------- a11 (curly quotes)
A("a11", """
Florida Sheriffs Split Over Bill to Allow Open Carry of Guns

TALLAHASSEE, Fla. — A bill that would make Florida the 46th state to allow the open carrying of handguns cleared a State Senate committee on Tuesday, but it faces growing resistance from some of the state’s most prominent sheriffs.

The Florida Sheriffs Association said on Monday that it opposed the measure because it would make it harder for deputies to tell “the good guys from the bad guys” in an emergency. Sheriff Jerry Demings of Orange County said open carry would “turn every fender bender into a standoff.”

Sheriff Grady Judd of Polk County, a Republican, has said he supports open carry as long as gun owners are licensed.

The bill’s sponsor, State Senator Greg Evers, a Panhandle Republican, said law-abiding gun owners should not be treated “like suspects.” “Forty-five other states manage to do this without chaos in the streets,” Mr. Evers said during the committee hearing.

Marion Hammer, the longtime Florida lobbyist for the National Rifle Association, told the committee that the bill “simply restores a right that Floridians had until 1987.”

The committee’s three Democrats voted against the bill. They argued that it would scare away tourists in a state that welcomed more than 100 million visitors last year. The Orlando Sentinel reported that theme park operators, including Walt Disney World, had quietly lobbied against the measure. A Disney spokeswoman declined to comment.

Senate President Andy Gardiner has told colleagues he doubts the bill can pass the full Senate, according to two senators who have spoken with him.

Gov. Rick Scott has not said whether he would sign the bill. His spokeswoman, Jackie Schutz, said the governor “will review any legislation that reaches his desk.”

A February poll by Quinnipiac University found that 62 percent of Florida voters opposed allowing open carry.

At a gun shop in Tallahassee, the owner, Lisa Carraway, said sales had been brisk since the hearing. “If I can carry it concealed, I don’t see why I can’t carry it on my hip,” said one customer, a retired Army sergeant who did not want his name used.
""", r"""
said || The Florida Sheriffs Association || it opposed the measure because it would make it harder for deputies to tell “the good guys from the bad guys” in an emergency || named_org
said || Sheriff Jerry Demings of Orange County || open carry would “turn every fender bender into a standoff.” || named_person
has said || Sheriff Grady Judd of Polk County, a Republican || he supports open carry as long as gun owners are licensed || named_person
said || The bill’s sponsor, State Senator Greg Evers, a Panhandle Republican || law-abiding gun owners should not be treated “like suspects.” || named_person
said || Mr. Evers || “Forty-five other states manage to do this without chaos in the streets,” || named_person
told || Marion Hammer, the longtime Florida lobbyist for the National Rifle Association || the bill “simply restores a right that Floridians had until 1987.” || named_person
argued || They || it would scare away tourists in a state that welcomed more than 100 million visitors last year || anonymous
reported || The Orlando Sentinel || theme park operators, including Walt Disney World, had quietly lobbied against the measure || media
according to || two senators who have spoken with him || Senate President Andy Gardiner has told colleagues he doubts the bill can pass the full Senate || anonymous
said || His spokeswoman, Jackie Schutz || the governor “will review any legislation that reaches his desk.” || named_person
found || A February poll by Quinnipiac University || 62 percent of Florida voters opposed allowing open carry || document
said || the owner, Lisa Carraway || sales had been brisk since the hearing || named_person
said || one customer, a retired Army sergeant who did not want his name used || “If I can carry it concealed, I don’t see why I can’t carry it on my hip,” || anonymous
""")

# ---------------------------------------------------------------- a12 (curly quotes)
A("a12", """
Federal Judge Refers Arpaio for Criminal Contempt

PHOENIX — A federal judge on Friday recommended that Sheriff Joe Arpaio of Maricopa County be prosecuted for criminal contempt of court, saying the sheriff had defied orders to stop detaining people solely on suspicion that they were in the country illegally.

Judge G. Murray Snow of United States District Court wrote in a 90-page order that Sheriff Arpaio and his chief deputy had shown “a flagrant disregard” for the court’s authority. The judge referred the case to the United States attorney’s office in Phoenix, which will decide whether to file charges.

Sheriff Arpaio, 84, is seeking a seventh term in November. His lawyer, Mel McDonald, said the sheriff would fight any charges and called the referral “a political hit job timed for the election.” “The sheriff has never intentionally disobeyed a court order in his life,” Mr. McDonald said.

At a campaign event in Fountain Hills on Friday evening, the sheriff told supporters he had done nothing wrong. “I’m not going anywhere,” he said.

The sheriff’s Democratic opponent, Paul Penzone, a retired Phoenix police sergeant, said voters were “tired of paying Joe Arpaio’s legal bills.”

According to county records, Maricopa County has spent more than $48 million defending the sheriff’s office in the racial profiling case. The case was filed in 2007.

The American Civil Liberties Union represents the Latino drivers who brought the suit. The group called the referral “long overdue.” The plaintiffs have argued for years that the sheriff’s office kept making the stops for at least 18 months after the judge first ruled against it in 2013.

The Arizona Republic reported last month that the sheriff’s internal affairs unit had lost or destroyed hundreds of identification documents seized from immigrants.

People familiar with the case said prosecutors in Washington would likely review the referral because of possible conflicts in the Phoenix office.
""", r"""
recommended || A federal judge || Sheriff Joe Arpaio of Maricopa County be prosecuted for criminal contempt of court || named_person
saying || A federal judge || the sheriff had defied orders to stop detaining people solely on suspicion that they were in the country illegally || named_person
wrote || Judge G. Murray Snow of United States District Court || Sheriff Arpaio and his chief deputy had shown “a flagrant disregard” for the court’s authority || named_person
said || His lawyer, Mel McDonald || the sheriff would fight any charges || named_person
called || His lawyer, Mel McDonald || the referral “a political hit job timed for the election.” || named_person
said || Mr. McDonald || “The sheriff has never intentionally disobeyed a court order in his life,” || named_person
told || the sheriff @@ the sheriff told || he had done nothing wrong || named_person
said || he || “I’m not going anywhere,” || named_person
said || The sheriff’s Democratic opponent, Paul Penzone, a retired Phoenix police sergeant || voters were “tired of paying Joe Arpaio’s legal bills.” || named_person
According to || county records || Maricopa County has spent more than $48 million defending the sheriff’s office in the racial profiling case || document
called || The group || the referral “long overdue.” || named_org
have argued || The plaintiffs || the sheriff’s office kept making the stops for at least 18 months after the judge first ruled against it in 2013 || anonymous
reported || The Arizona Republic || the sheriff’s internal affairs unit had lost or destroyed hundreds of identification documents seized from immigrants || media
said || People familiar with the case || prosecutors in Washington would likely review the referral because of possible conflicts in the Phoenix office || anonymous
""")


# ======================================================================= machinery
def _bounded(text, i, s):
    """Whole-word match: no letter/digit glued to either end of s at position i."""
    j = i + len(s)
    if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
        return False
    return not (s[-1].isalnum() and j < len(text) and text[j].isalnum())


def _all(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    out, i = [], text.find(s, lo)
    while i != -1 and i + len(s) <= hi:
        if _bounded(text, i, s):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _parse(field):
    if " @@ " in field:
        s, ctx = field.split(" @@ ", 1)
        return s.strip(), ctx.strip()
    return field.strip(), None


def _with_context(text, s, ctx, what, doc):
    cs = [i for i in range(len(text)) if text.startswith(ctx, i)]
    assert len(cs) == 1, f"{doc}: context for {what} {ctx!r} found {len(cs)} times"
    hits = _all(text, s, cs[0], cs[0] + len(ctx))
    assert len(hits) == 1, f"{doc}: {what} {s!r} found {len(hits)} times in its context"
    return hits[0]


def _para(text, pos):
    """Index of the paragraph (blank-line separated) holding pos."""
    return text.count("\n\n", 0, pos)


def _overlaps(a, b, spans):
    return any(a < e and s < b for s, e in spans)


def _nearest(text, s, lo, hi, avoid, what, doc, para):
    """Occurrence of s in paragraph para nearest to [lo, hi), not overlapping any
    span in avoid; the gap between fragments counts as distance 0."""
    best = []
    for i in _all(text, s):
        j = i + len(s)
        if _overlaps(i, j, avoid) or _para(text, i) != para:
            continue
        d = 0 if (i >= lo and j <= hi) else (lo - j if j <= lo else i - hi)
        best.append((d, i))
    assert best, f"{doc}: {what} {s!r} not found outside the content"
    best.sort()
    assert len(best) == 1 or best[0][0] < best[1][0], f"{doc}: {what} {s!r} tie"
    return best[0][1]


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_block(doc, text, block):
    atts = []
    for line in block.strip("\n").splitlines():
        if not line.strip():
            continue
        parts = line.split(" || ")
        assert len(parts) == 4, f"{doc}: bad line {line!r}"
        cue_f, src_f, con_f, typ = (p.strip() for p in parts)
        assert typ in TYPES, f"{doc}: bad type {typ}"
        # content fragments
        frags = []
        for fr in con_f.split(" ## "):
            s, ctx = _parse(fr)
            if ctx:
                i = _with_context(text, s, ctx, "content", doc)
            else:
                hits = [k for k in range(len(text)) if text.startswith(s, k)]
                assert len(hits) == 1, f"{doc}: content {s!r} found {len(hits)} times"
                i = hits[0]
            frags.append((i, i + len(s)))
        assert frags == sorted(frags), f"{doc}: fragments out of order"
        lo, hi = frags[0][0], frags[-1][1]
        pc = _para(text, lo)
        assert _para(text, hi - 1) == pc, f"{doc}: content spans paragraphs"
        # cue
        s, ctx = _parse(cue_f)
        ci = _with_context(text, s, ctx, "cue", doc) if ctx else _nearest(text, s, lo, hi, frags, "cue", doc, pc)
        cue = (ci, ci + len(s))
        assert not _overlaps(cue[0], cue[1], frags), f"{doc}: cue inside content"
        assert _para(text, ci) == pc, f"{doc}: cue {s!r} not in content paragraph: {line}"
        # source
        if src_f == "-":
            src = None
        else:
            s, ctx = _parse(src_f)
            if ctx:
                si = _with_context(text, s, ctx, "source", doc)
            else:
                si = _nearest(text, s, cue[0], cue[1], frags + [cue], "source", doc, pc)
            src = (si, si + len(s))
            assert not _overlaps(src[0], src[1], frags + [cue]), f"{doc}: source overlaps"
            assert _para(text, si) == pc, f"{doc}: source {s!r} not in content paragraph"
        content = _span(text, lo, hi)
        if len(frags) > 1:
            content["fragments"] = [[a, b] for a, b in frags]
        rec = {"cue": _span(text, *cue),
               "source": _span(text, *src) if src else None,
               "content": content,
               "source_type": typ}
        if src is None:
            assert typ == "unknown", f"{doc}: null source must be unknown"
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    starts = [a["cue"]["start"] for a in atts]
    assert len(starts) == len(set(starts)), f"{doc}: duplicate cue"
    return atts


def check_text(doc, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc}: headline + blank line"
    assert "\n\n\n" not in text and text == text.strip()
    words = len(text.split())
    assert 300 <= words <= 500, f"{doc}: {words} words"
    curly = any(ch in text for ch in "\u201c\u201d\u2018\u2019")
    straight = any(ch in text for ch in "\"'")
    if doc in STRAIGHT:
        assert straight and not curly, f"{doc}: must use straight quotes only"
    elif doc in CURLY:
        assert curly and not straight, f"{doc}: must use curly quotes only"
    else:
        raise AssertionError(doc)
    return words


def build():
    recs = []
    for doc, text, block in ARTICLES:
        check_text(doc, text)
        atts = parse_block(doc, text, block)
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert a["content"]["start"] <= s < e <= a["content"]["end"]
        recs.append({"doc_id": doc, "text": text, "split": "blind", "attributions": atts})
    assert [r["doc_id"] for r in recs] == [f"a{i:02d}" for i in range(1, 13)]
    return recs


def show(recs):
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<Q>"), (a["cue"]["end"], "</Q>")]
            if a["source"]:
                marks += [(a["source"]["start"], "<S>"), (a["source"]["end"], "</S>")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "<C>"), (e, "</C>")]
            p0 = t.rfind("\n\n", 0, a["content"]["start"]) + 2 if t.rfind("\n\n", 0, a["content"]["start"]) >= 0 else 0
            p1 = t.find("\n\n", a["content"]["end"])
            p1 = len(t) if p1 == -1 else p1
            seg, last = [], p0
            for pos, m in sorted(marks, key=lambda x: (x[0], x[1].startswith("</") is False)):
                seg.append(t[last:pos])
                seg.append(m)
                last = pos
            seg.append(t[last:p1])
            print(f"[{a['source_type']}] " + "".join(seg))
            print()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind25.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
