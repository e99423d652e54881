//! Textual pass pipelines, `op-name(element,element,...)`, where an element
//! is a pass with optional `{options}` or a nested `op-name(...)`.

use melior::pass::{OperationPassManager, PassManager};
use mlir_sys::{mlirOpPassManagerAddPipeline, MlirStringRef};
use std::ffi::c_void;

#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Pass { name: String, options: String },
    Nested { op: String, elements: Vec<Element> },
}

/// Parses `builtin.module(...)` into its anchor and elements.
pub fn parse(text: &str) -> Result<(String, Vec<Element>), String> {
    let mut p = Parser { s: text.as_bytes(), pos: 0 };
    let el = p.element()?;
    p.ws();
    if p.pos != p.s.len() {
        return Err(format!("unexpected `{}` at offset {} of the pipeline", &text[p.pos..], p.pos));
    }
    match el {
        Element::Nested { op, elements } => Ok((op, elements)),
        Element::Pass { name, .. } => {
            Err(format!("a pipeline must be anchored on an op, e.g. `builtin.module({name})`"))
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn element(&mut self) -> Result<Element, String> {
        self.ws();
        let start = self.pos;
        while self.pos < self.s.len()
            && (self.s[self.pos].is_ascii_alphanumeric() || b"_.-".contains(&self.s[self.pos]))
        {
            self.pos += 1;
        }
        let name = String::from_utf8_lossy(&self.s[start..self.pos]).into_owned();
        if name.is_empty() {
            return Err(format!("expected a pass or op name at offset {start} of the pipeline"));
        }
        self.ws();
        match self.s.get(self.pos) {
            Some(b'(') => {
                self.pos += 1;
                let mut elements = Vec::new();
                self.ws();
                if self.s.get(self.pos) != Some(&b')') {
                    loop {
                        elements.push(self.element()?);
                        self.ws();
                        match self.s.get(self.pos) {
                            Some(b',') => self.pos += 1,
                            Some(b')') => break,
                            _ => return Err(format!("expected `,` or `)` at offset {} of the pipeline", self.pos)),
                        }
                    }
                }
                self.pos += 1;
                Ok(Element::Nested { op: name, elements })
            }
            Some(b'{') => {
                let open = self.pos;
                let mut depth = 0;
                while self.pos < self.s.len() {
                    match self.s[self.pos] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
                if depth != 0 {
                    return Err(format!("unclosed `{{` at offset {open} of the pipeline"));
                }
                self.pos += 1;
                let options = String::from_utf8_lossy(&self.s[open + 1..self.pos - 1]).into_owned();
                Ok(Element::Pass { name, options })
            }
            _ => Ok(Element::Pass { name, options: String::new() }),
        }
    }
}

/// One pass of a pipeline as an anchored pipeline of its own, so that a
/// driver can run the passes one at a time (`pycc-opt --mlir-print-ir-*`).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub pass: String,
    pub pipeline: String,
}

pub fn steps(text: &str) -> Result<Vec<Step>, String> {
    fn flatten(path: &[String], elements: &[Element], out: &mut Vec<Step>) {
        for e in elements {
            match e {
                Element::Nested { op, elements } => flatten(&[path, std::slice::from_ref(op)].concat(), elements, out),
                Element::Pass { name, options } => {
                    let mut text = if options.is_empty() { name.clone() } else { format!("{name}{{{options}}}") };
                    for op in path.iter().rev() {
                        text = format!("{op}({text})");
                    }
                    out.push(Step { pass: name.clone(), pipeline: text });
                }
            }
        }
    }
    let (anchor, elements) = parse(text)?;
    let mut out = Vec::new();
    flatten(&[anchor], &elements, &mut out);
    Ok(out)
}

/// Builds the pipeline `text` into `pm`, whose anchor must match.
pub fn build(pm: &PassManager, text: &str) -> Result<(), String> {
    let (anchor, elements) = parse(text)?;
    if anchor != "builtin.module" {
        return Err(format!("the pipeline must be anchored on `builtin.module`, not `{anchor}`"));
    }
    add(pm.as_operation_pass_manager(), &elements)
}

fn add(opm: OperationPassManager, elements: &[Element]) -> Result<(), String> {
    for e in elements {
        match e {
            Element::Nested { op, elements } => add(opm.nested_under(op), elements)?,
            Element::Pass { name, options } => match super::create(name, options) {
                Some(pass) => opm.add_pass(pass?),
                None => add_mlir_pass(opm, name, options)?,
            },
        }
    }
    Ok(())
}

unsafe extern "C" fn collect(s: MlirStringRef, data: *mut c_void) {
    let out = unsafe { &mut *(data as *mut String) };
    out.push_str(&String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(s.data as *const u8, s.length) }));
}

fn add_mlir_pass(opm: OperationPassManager, name: &str, options: &str) -> Result<(), String> {
    let text = if options.is_empty() { name.to_string() } else { format!("{name}{{{options}}}") };
    let mut error = String::new();
    let ok = unsafe {
        mlirOpPassManagerAddPipeline(
            opm.to_raw(),
            MlirStringRef { data: text.as_ptr() as *const _, length: text.len() },
            Some(collect),
            &mut error as *mut String as *mut c_void,
        )
    };
    if ok.value == 0 {
        Err(if error.is_empty() { format!("unknown pass `{name}`") } else { error.trim().to_string() })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_pipelines_and_options() {
        let (anchor, el) =
            parse("builtin.module(func.func(py-egg{node-limit=5 rules=float}), canonicalize ,cse)").unwrap();
        assert_eq!(anchor, "builtin.module");
        assert_eq!(el.len(), 3);
        assert_eq!(
            el[0],
            Element::Nested {
                op: "func.func".into(),
                elements: vec![Element::Pass { name: "py-egg".into(), options: "node-limit=5 rules=float".into() }]
            }
        );
        assert!(parse("builtin.module(cse").is_err());
        assert!(parse("cse").is_err());
        assert!(parse("builtin.module(a{b)").is_err());
    }

    #[test]
    fn steps_keep_their_nesting() {
        let s = steps("builtin.module(func.func(py-egg{rules=float},canonicalize),cse)").unwrap();
        let got: Vec<_> = s.iter().map(|s| (s.pass.as_str(), s.pipeline.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("py-egg", "builtin.module(func.func(py-egg{rules=float}))"),
                ("canonicalize", "builtin.module(func.func(canonicalize))"),
                ("cse", "builtin.module(cse)"),
            ]
        );
    }
}
