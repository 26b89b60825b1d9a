"""Members' data rights: ``/mydata`` (export) and ``/forgetme`` (deletion)."""
