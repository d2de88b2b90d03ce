/**
 * South Asian and Arabic name parts that belong to the name ("Syed Junaid Imam", "Mian ...", "Khawaja ...") and
 * given names common in the region: both are evidence that a capitalized run is a person, which compromise
 * often misses ("Asfand Yar Khan" comes out as "Yar Khan"). Lower case.
 */
export const NAME_PARTS: ReadonlySet<string> = new Set([
  'syed', 'sayyid', 'mian', 'khawaja', 'khwaja', 'chaudhry', 'chaudhary', 'chowdhury', 'sheikh', 'shaikh', 'sardar',
  'makhdoom', 'pir', 'raja', 'rana', 'hafiz', 'mirza', 'malik', 'nawab', 'begum', 'bibi', 'khan', 'shah', 'mufti',
  'maulana', 'allama', 'qazi', 'sahibzada', 'nawabzada', 'haji', 'hajji',
]);

/** Lower-case particles that may stand inside a name: "Tauqeer ul Haq", "Fakhr e Alam Irfan", "bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'ul', 'ud', 'ur', 'us', 'e', 'al', 'el', 'bin', 'bint', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'la',
]);

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  'muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohd', 'ahmad', 'ahmed', 'ali', 'hassan', 'hasan', 'hussain',
  'husain', 'imran', 'nawaz', 'asif', 'abdul', 'abdullah', 'omar', 'umar', 'usman', 'osman', 'bilal', 'tariq',
  'faisal', 'farooq', 'zafar', 'iqbal', 'javed', 'jawed', 'junaid', 'kamran', 'khalid', 'khalil', 'mustafa',
  'nadeem', 'naveed', 'rashid', 'saeed', 'salman', 'shahid', 'shahbaz', 'shehbaz', 'shoaib', 'tahir', 'waseem',
  'wasim', 'yasir', 'zahid', 'zubair', 'aamir', 'amir', 'arif', 'ayesha', 'aisha', 'fatima', 'maryam', 'sana',
  'shazia', 'nasreen', 'rubina', 'saima', 'sadia', 'bushra', 'asma', 'hina', 'nighat', 'shaza', 'sherry', 'ishaq',
  'awais', 'asfand', 'yar', 'aurangzeb', 'ijaz', 'ejaz', 'mahmood', 'mehmood', 'anwar', 'akhtar', 'aslam', 'azhar',
  'rahman', 'rehman', 'wahid', 'wahidul', 'rafiq', 'karim', 'kabir', 'islam', 'hasina', 'khaleda', 'sheikh',
  'anil', 'ranjith', 'mahinda', 'gotabaya', 'ranil', 'sajith', 'nalinda', 'anura', 'kumara', 'rajapaksa',
  'wickremesinghe', 'premadasa', 'jayantha', 'rahul', 'narendra', 'amit', 'sunil', 'rajesh', 'suresh', 'priya',
  'sanjay', 'vijay', 'ravi', 'kumar', 'singh', 'sharma', 'gupta', 'patel', 'das', 'nasir', 'nasiruddin', 'sajjad',
  'obaidullah', 'imdadullah', 'tauqeer', 'kaiser', 'matiur', 'shabana', 'nelson', 'jameel', 'jamil', 'shahida',
  'babar', 'zunaid', 'almas', 'mashhood', 'pervaiz', 'pervez', 'parvez', 'qamar', 'shaukat', 'sohail', 'sohaib',
]);
